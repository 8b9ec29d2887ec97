import type { Actor } from '@brigade/core';
import type { OrdersDeps } from '../ports';
import { accessibleLocation, requireStaff } from './floor-access';
import type { DiningArea, PageAfter } from './layout';

/** `limit` rows after `after`, by position: the route asks one more to know of a next page. */
export async function listDiningAreas(
  deps: OrdersDeps,
  caller: Actor,
  query: { locationId: string; limit: number; after?: PageAfter<number> },
): Promise<DiningArea[]> {
  requireStaff(caller);
  await accessibleLocation(deps, caller, query.locationId, 'query.locationId');
  return deps.tableSessions.layout.listAreas(query.locationId, query.limit, query.after);
}
