import { assertAccess, type Actor } from '@brigade/core';
import type { KitchenDeps } from '../ports';

/**
 * How long each product takes, from its ticket reaching the station to the cook marking it
 * ready, over the items finished since `since`; expo stations do not count.
 */
export async function prepTimes(deps: KitchenDeps, caller: Actor, locationId: string, since: Date) {
  assertAccess(caller, { tenantId: caller.tenantId, locationId }, 'The location');
  return deps.tickets.prepTimes(locationId, since);
}
