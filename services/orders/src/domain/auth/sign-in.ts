import type { SignInRequest } from '@brigade/contracts';
import { UnauthenticatedError, type StaffActor } from '@brigade/core';
import type { OrdersDeps } from '../ports';

/** A member of staff proves who they are and gets a short-lived token. */
export async function signIn(deps: OrdersDeps, input: SignInRequest) {
  const user = await deps.credentials.findStaffUser(input.tenantId, input.email.toLowerCase());
  // The same work whether or not the user exists: timing tells nothing either.
  const matches = await deps.auth.verifyPassword(
    input.password,
    user?.passwordHash ?? deps.auth.noUserHash,
  );
  const valid = user && !user.disabled && matches;
  // One answer for an unknown user and a wrong password: nothing to learn from trying.
  if (!user || !valid)
    throw new UnauthenticatedError('Wrong tenant, email or password', 'sign-in-failed');
  const actor: Omit<StaffActor, 'kind'> = {
    tenantId: input.tenantId,
    userId: user.id,
    roles: user.roles,
    locationIds: user.locationIds ?? 'all',
  };
  return {
    token: await deps.auth.signToken(actor),
    expiresInSeconds: deps.auth.tokenTtlSeconds,
    user: { id: user.id, name: user.name, roles: user.roles },
  };
}
