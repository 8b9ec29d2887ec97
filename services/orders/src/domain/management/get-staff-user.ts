import { requireRole, type Actor } from '@brigade/core';
import type { OrdersDeps } from '../ports';
import { canSeeUser } from './access';
import { StaffUserNotFoundError } from './management.errors';

/**
 * A user the caller (a manager or an admin) may see, with the password hash for the use
 * cases that check or replace it; anyone else's answers like a missing one.
 */
export async function findVisibleStaffUser(deps: OrdersDeps, actor: Actor, userId: string) {
  requireRole(actor, 'manager');
  const found = await deps.management.staffUsers.find(actor.tenantId, userId);
  if (!found || !canSeeUser(actor, found.user)) throw new StaffUserNotFoundError();
  return found;
}

export async function getStaffUser(deps: OrdersDeps, actor: Actor, userId: string) {
  return (await findVisibleStaffUser(deps, actor, userId)).user;
}
