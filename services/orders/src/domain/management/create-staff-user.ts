import type { CreateStaffUserRequest } from '@brigade/contracts';
import type { Actor } from '@brigade/core';
import type { OrdersDeps } from '../ports';
import { assertAdminTenantWide, assertMayManageStaff, asStaffActor } from './access';
import { EmailTakenError } from './management.errors';
import { assertOwnLocations } from './own-locations';
import type { StaffMember } from './ports';

/** Adds a member of staff; the email (in lower case) is unique in the business. */
export async function createStaffUser(
  deps: OrdersDeps,
  actor: Actor,
  input: CreateStaffUserRequest,
): Promise<StaffMember> {
  const caller = asStaffActor(actor);
  assertMayManageStaff(caller, input);
  assertAdminTenantWide(input);
  await assertOwnLocations(deps, caller, 'locationIds', input.locationIds);
  const user: StaffMember = {
    id: deps.newId(),
    tenantId: caller.tenantId,
    email: input.email.toLowerCase(),
    name: input.name,
    roles: input.roles,
    locationIds: input.locationIds,
    disabled: false,
    createdAt: deps.clock.now(),
  };
  const passwordHash = await deps.management.hashPassword(input.password);
  const inserted = await deps.transaction(() =>
    deps.management.staffUsers.insert(user, passwordHash),
  );
  if (!inserted) throw new EmailTakenError();
  return user;
}
