import type { Actor } from '@brigade/core';
import type { OrdersDeps } from '../ports';
import type { Milli, StockLevel } from './stock';
import { StockLevelNotFoundError } from './stock.errors';
import { assertLocation, ingredientOf, requireStockManager } from './stock-access';

/**
 * Sets (or, with null, clears) the level at or below which a location's stock of an
 * ingredient is low. Only stock falling past it alerts, not a new threshold above it.
 */
export async function setLowThreshold(
  deps: OrdersDeps,
  actor: Actor,
  target: { locationId: string; ingredientId: string },
  threshold: Milli | null,
): Promise<StockLevel> {
  requireStockManager(actor);
  await assertLocation(deps, actor, target.locationId);
  await ingredientOf(deps, actor, target.ingredientId);
  return deps.transaction(async () => {
    const level = await deps.stock.levels.setThreshold(
      actor.tenantId,
      target.locationId,
      target.ingredientId,
      threshold,
    );
    if (!level) throw new StockLevelNotFoundError();
    return level;
  });
}
