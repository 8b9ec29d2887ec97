import type { Actor } from '@brigade/core';
import type { OrdersDeps } from '../ports';
import { accessibleLocation, requireStaff } from './floor-access';

/** What a host stand shows: every area and table with its status and open session. */
export async function getFloorPlan(deps: OrdersDeps, caller: Actor, locationId: string) {
  requireStaff(caller);
  await accessibleLocation(deps, caller, locationId, 'query.locationId');
  return deps.tableSessions.layout.floorPlan(locationId);
}
