import type { Actor } from '@brigade/core';
import type { OrdersDeps } from '../ports';
import { assertMayManageStaff, asStaffActor } from './access';
import { findVisibleStaffUser } from './get-staff-user';
import type { StaffMember } from './ports';

/** Sets a user's password for them (whoever may manage them); their open tokens run out on their own. */
export async function resetStaffPassword(
  deps: OrdersDeps,
  actor: Actor,
  userId: string,
  password: string,
): Promise<StaffMember> {
  const caller = asStaffActor(actor);
  const { user } = await findVisibleStaffUser(deps, caller, userId);
  assertMayManageStaff(caller, user);
  const passwordHash = await deps.management.hashPassword(password);
  await deps.transaction(() =>
    deps.management.staffUsers.setPassword(caller.tenantId, userId, passwordHash),
  );
  return user;
}
