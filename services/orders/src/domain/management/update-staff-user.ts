import type { UpdateStaffUserRequest } from '@brigade/contracts';
import type { Actor } from '@brigade/core';
import type { OrdersDeps } from '../ports';
import { assertAdminTenantWide, assertMayManageStaff, asStaffActor } from './access';
import { findVisibleStaffUser } from './get-staff-user';
import { LastAdminError } from './management.errors';
import { assertOwnLocations } from './own-locations';
import type { StaffMember } from './ports';

/**
 * Changes a user's name, roles, locations or whether they may sign in. The business keeps
 * at least one enabled admin, checked under a lock on the tenant so that two admins
 * demoting each other at once cannot both succeed.
 */
export async function updateStaffUser(
  deps: OrdersDeps,
  actor: Actor,
  userId: string,
  input: UpdateStaffUserRequest,
): Promise<StaffMember> {
  const caller = asStaffActor(actor);
  const { user } = await findVisibleStaffUser(deps, caller, userId);
  const next = {
    roles: input.roles ?? user.roles,
    locationIds: input.locationIds !== undefined ? input.locationIds : user.locationIds,
  };
  assertMayManageStaff(caller, user, next);
  assertAdminTenantWide(next);
  if (input.locationIds !== undefined) {
    await assertOwnLocations(deps, caller, 'locationIds', input.locationIds);
  }
  const disabled = input.disabled ?? user.disabled;
  const disabledAt = disabled === user.disabled ? undefined : disabled ? deps.clock.now() : null;
  const { staffUsers, tenants } = deps.management;
  return deps.transaction(async () => {
    const wasAdmin = user.roles.includes('admin') && !user.disabled;
    if (wasAdmin && (!next.roles.includes('admin') || disabled)) {
      await tenants.lock(caller.tenantId);
      if ((await staffUsers.countOtherAdmins(caller.tenantId, userId)) === 0) {
        throw new LastAdminError(next.roles.includes('admin') ? 'disabled' : 'roles');
      }
    }
    return staffUsers.update(caller.tenantId, userId, {
      name: input.name,
      roles: input.roles,
      locationIds: input.locationIds,
      disabledAt,
    });
  });
}
