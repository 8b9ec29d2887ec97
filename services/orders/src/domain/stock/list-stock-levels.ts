import type { Actor } from '@brigade/core';
import type { OrdersDeps } from '../ports';
import type { StockLevelPage } from './ports';
import type { StockLevel } from './stock';
import { assertLocation, requireStaff } from './stock-access';

/** One page (`limit + 1` rows) of what a location tracks, by ingredient name. */
export async function listStockLevels(
  deps: OrdersDeps,
  actor: Actor,
  locationId: string,
  page: StockLevelPage,
): Promise<StockLevel[]> {
  requireStaff(actor);
  await assertLocation(deps, actor, locationId);
  return deps.stock.levels.list(actor.tenantId, locationId, page);
}
