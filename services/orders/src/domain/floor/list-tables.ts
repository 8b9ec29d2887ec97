import type { Actor } from '@brigade/core';
import type { OrdersDeps } from '../ports';
import { accessibleLocation, requireStaff } from './floor-access';
import type { FloorTable, PageAfter } from './layout';

/** `limit` tables after `after`, by number; the route asks one more to know of a next page. */
export async function listTables(
  deps: OrdersDeps,
  caller: Actor,
  query: { locationId: string; areaId?: string; limit: number; after?: PageAfter<string> },
): Promise<FloorTable[]> {
  requireStaff(caller);
  await accessibleLocation(deps, caller, query.locationId, 'query.locationId');
  return deps.tableSessions.layout.listTables(
    query.locationId,
    { areaId: query.areaId },
    query.limit,
    query.after,
  );
}
