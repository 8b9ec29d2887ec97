import { z } from 'zod';
import { ApprovalAction } from '../../shared/approval';
import { Id } from '../../shared/ids';
import { defineRoute } from '../define-route';
import { StaffEmail } from './fields';

/**
 * A manager approves one privileged action on one subject (an order, an item, a session).
 * Without `email` and `password` the caller must be the manager; with them, a manager
 * approves on a waiter's device without signing the waiter out.
 */
export const IssueApprovalRequest = z
  .object({
    action: ApprovalAction,
    subjectId: Id,
    email: StaffEmail.optional(),
    password: z.string().min(1).max(200).optional(),
  })
  .superRefine((body, ctx) => {
    if ((body.email === undefined) === (body.password === undefined)) return;
    const missing = body.email === undefined ? 'email' : 'password';
    ctx.addIssue({ code: 'custom', path: [missing], message: 'email and password go together' });
  })
  .meta({ id: 'IssueApprovalRequest' });
export type IssueApprovalRequest = z.infer<typeof IssueApprovalRequest>;

export const IssuedApprovalResponse = z
  .object({
    /** Send as `X-Manager-Approval` with the privileged call, before it expires. */
    approvalToken: z.string(),
    expiresAt: z.iso.datetime(),
    managerId: Id,
  })
  .meta({ id: 'IssuedApproval' });
export type IssuedApprovalResponse = z.infer<typeof IssuedApprovalResponse>;

export const issueApprovalRoute = defineRoute({
  method: 'post',
  path: '/v1/approvals',
  summary: "A manager's approval of one action on one subject, recorded for the audit trail",
  tag: 'management',
  request: { body: IssueApprovalRequest },
  response: { status: 201, description: 'The approval token', body: IssuedApprovalResponse },
  problems: ['approval-sign-in-failed', 'approver-not-manager'],
});
