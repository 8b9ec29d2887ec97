import { actorKey, type Actor } from '@brigade/core';
import type { OrdersDeps } from '../ports';
import { applyMovements, stockParts } from './apply-movements';
import type { Milli, StockLevel, StockMovement } from './stock';
import { StockNotTrackedError, UnknownIngredientsError } from './stock.errors';
import { assertLocation, requireStockManager } from './stock-access';

export interface ManualMovement {
  locationId: string;
  ingredientId: string;
  /** receive adds, waste takes away, count says what is there now. */
  kind: 'receive' | 'waste' | 'count';
  quantity: Milli;
  reason?: string;
}

/**
 * Records a delivery, waste or stocktake at a location. A first receive or count starts
 * tracking the ingredient there; waste of an untracked one is refused. Falling past the
 * threshold alerts as an order's deduction does.
 */
export async function recordMovement(
  deps: OrdersDeps,
  actor: Actor,
  input: ManualMovement,
): Promise<{ movement: StockMovement; level: StockLevel }> {
  requireStockManager(actor);
  await assertLocation(deps, actor, input.locationId);
  const { tenantId } = actor;
  const { locationId, ingredientId } = input;
  return deps.transaction(async () => {
    const active = await deps.stock.catalog.lockActiveIngredients(tenantId, [ingredientId]);
    if (!active.has(ingredientId)) throw new UnknownIngredientsError(['ingredientId']);
    if (input.kind !== 'waste') await deps.stock.levels.track(tenantId, locationId, ingredientId);
    const [level] = await deps.stock.levels.lock(tenantId, locationId, [ingredientId]);
    if (!level) throw new StockNotTrackedError();
    const delta =
      input.kind === 'receive'
        ? input.quantity
        : input.kind === 'waste'
          ? -input.quantity
          : input.quantity - level.onHand;
    const movement: StockMovement = {
      id: deps.newId(),
      tenantId,
      locationId,
      ingredientId,
      delta,
      kind: input.kind,
      orderId: null,
      lineId: null,
      units: null,
      reversalId: null,
      reason: input.reason ?? null,
      actor: actorKey(actor),
      at: deps.clock.now(),
    };
    const written = await deps.stock.levels.addMovements([movement]);
    await applyMovements(
      stockParts(deps),
      { tenantId, locationId, orderId: null },
      [level],
      written,
    );
    const after = await deps.stock.levels.find(tenantId, locationId, ingredientId);
    return { movement, level: after! };
  });
}
