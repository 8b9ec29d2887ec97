import type { ApprovalAction } from '@brigade/contracts';
import { ForbiddenError, requireRole, type Actor, type StaffActor } from '@brigade/core';
import type { OrdersDeps } from '../ports';

/** Front-of-house staff who work on orders: waiters, cashiers, managers (and admins). */
export function requireFloorStaff(caller: Actor): asserts caller is StaffActor {
  if (caller.kind !== 'staff') throw new ForbiddenError('Only staff can do this');
  requireRole(caller, 'waiter', 'cashier', 'manager');
}

export const isManager = (caller: StaffActor) =>
  caller.roles.some((r) => r === 'manager' || r === 'admin');

/**
 * A privileged action goes ahead for a manager, or for anyone carrying a manager's approval
 * of exactly this action on exactly this subject (403 otherwise). Returns who approved it.
 */
export async function managerApproval(
  deps: OrdersDeps,
  caller: StaffActor,
  approvalToken: string | undefined,
  action: ApprovalAction,
  subjectId: string,
): Promise<string> {
  if (isManager(caller)) return caller.userId;
  const approval = await deps.approvals.verify(approvalToken, {
    tenantId: caller.tenantId,
    action,
    subjectId,
  });
  return approval.managerId;
}
