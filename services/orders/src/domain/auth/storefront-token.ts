import { ForbiddenError, type Actor } from '@brigade/core';
import type { OrdersDeps } from '../ports';

/**
 * A storefront's API key, exchanged for a token the other services accept: orders alone
 * stores the keys, so billing (a guest paying a bill) or any later service needs no copy.
 */
export async function storefrontToken(deps: OrdersDeps, caller: Actor) {
  if (caller.kind !== 'storefront') {
    throw new ForbiddenError('Only a storefront (X-Api-Key) exchanges its key for a token');
  }
  const { kind: _kind, ...actor } = caller;
  return {
    token: await deps.auth.signStorefrontToken(actor),
    expiresInSeconds: deps.auth.tokenTtlSeconds,
    locationIds: actor.locationIds,
    channel: actor.channel,
  };
}
