import type { ChangeOwnPasswordRequest } from '@brigade/contracts';
import type { Actor } from '@brigade/core';
import type { OrdersDeps } from '../ports';
import { asStaffActor } from './access';
import { CurrentPasswordWrongError, StaffUserNotFoundError } from './management.errors';
import type { StaffMember } from './ports';

/** Any member of staff changes their own password by proving the current one. */
export async function changeOwnPassword(
  deps: OrdersDeps,
  actor: Actor,
  input: ChangeOwnPasswordRequest,
): Promise<StaffMember> {
  const me = asStaffActor(actor);
  const found = await deps.management.staffUsers.find(me.tenantId, me.userId);
  if (!found) throw new StaffUserNotFoundError();
  if (!(await deps.auth.verifyPassword(input.currentPassword, found.passwordHash))) {
    throw new CurrentPasswordWrongError();
  }
  const passwordHash = await deps.management.hashPassword(input.newPassword);
  await deps.transaction(() =>
    deps.management.staffUsers.setPassword(me.tenantId, me.userId, passwordHash),
  );
  return found.user;
}
