import type { IssueApprovalRequest } from '@brigade/contracts';
import type { Actor, StaffActor } from '@brigade/core';
import type { OrdersDeps } from '../ports';
import { asStaffActor } from './access';
import { ApprovalSignInFailedError, ApproverNotManagerError } from './management.errors';

/**
 * A manager approves one action on one subject: as the caller, or by typing their email
 * and password on the waiter's device. The approval is signed (it travels as
 * `X-Manager-Approval`) and recorded for the audit trail.
 */
export async function issueApproval(deps: OrdersDeps, actor: Actor, input: IssueApprovalRequest) {
  const caller = asStaffActor(actor);
  const approver =
    input.email !== undefined && input.password !== undefined
      ? await approverSigningIn(deps, caller.tenantId, input.email, input.password)
      : caller;
  if (!approver.roles.some((r) => r === 'manager' || r === 'admin')) {
    throw new ApproverNotManagerError();
  }
  const { token, expiresAt } = await deps.management.signApproval(
    approver,
    input.action,
    input.subjectId,
  );
  await deps.transaction(() =>
    deps.management.approvalsIssued.record({
      id: deps.newId(),
      tenantId: caller.tenantId,
      managerId: approver.userId,
      requestedBy: caller.userId,
      action: input.action,
      subjectId: input.subjectId,
      issuedAt: deps.clock.now(),
      expiresAt,
    }),
  );
  return { approvalToken: token, expiresAt, managerId: approver.userId };
}

/** Checked like sign-in: the same work and the same answer for an unknown user and a wrong password. */
async function approverSigningIn(
  deps: OrdersDeps,
  tenantId: string,
  email: string,
  password: string,
): Promise<StaffActor> {
  const user = await deps.credentials.findStaffUser(tenantId, email.toLowerCase());
  const matches = await deps.auth.verifyPassword(
    password,
    user?.passwordHash ?? deps.auth.noUserHash,
  );
  if (!user || user.disabled || !matches) throw new ApprovalSignInFailedError();
  return {
    kind: 'staff',
    tenantId,
    userId: user.id,
    roles: user.roles,
    locationIds: user.locationIds ?? 'all',
  };
}
