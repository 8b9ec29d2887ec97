import { assertAccess, type Actor } from '@brigade/core';
import type { KitchenDeps } from '../ports';

/**
 * What waits at each station of a location: open tickets and the units on them not ready
 * yet (struck units left out). The input for throttling orders when a station is swamped.
 */
export async function stationLoad(deps: KitchenDeps, caller: Actor, locationId: string) {
  assertAccess(caller, { tenantId: caller.tenantId, locationId }, 'The location');
  return deps.tickets.load(locationId);
}
