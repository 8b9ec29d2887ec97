import type { Actor } from '@brigade/core';
import type { OrdersDeps } from '../ports';
import type { MovementPage } from './ports';
import type { StockMovement } from './stock';
import { assertLocation, requireStaff } from './stock-access';

/** One page (`limit + 1` rows) of a location's ledger, newest first. */
export async function listMovements(
  deps: OrdersDeps,
  actor: Actor,
  locationId: string,
  page: MovementPage,
): Promise<StockMovement[]> {
  requireStaff(actor);
  await assertLocation(deps, actor, locationId);
  return deps.stock.levels.movements(actor.tenantId, locationId, page);
}
