import { applyMovements, type StockParts } from './apply-movements';
import { needsOf, shortagesOf } from './deduction';
import type { StockContext, StockLine } from './ports';
import { InsufficientStockError } from './stock.errors';
import type { StockMovement } from './stock';

/**
 * Deducts the recipes of fired lines from the location's tracked stock, inside the caller's
 * transaction: under `block` a shortage throws before anything changes, under `alert` the
 * stock may go negative. Lines already deducted are skipped.
 */
export async function deductForFire(
  parts: StockParts,
  ctx: StockContext,
  lines: StockLine[],
): Promise<void> {
  if (lines.length === 0) return;
  const productIds = [...new Set(lines.map((l) => l.productId))];
  const recipes = await parts.catalog.portionsOf(ctx.tenantId, productIds);
  const ingredientIds = needsOf(lines, recipes).map((n) => n.ingredientId);
  if (ingredientIds.length === 0) return;
  const locked = await parts.levels.lock(ctx.tenantId, ctx.locationId, ingredientIds);
  if (locked.length === 0) return;
  // Read under the locks: a retried or concurrent call for the same lines finds them here.
  const fired = await parts.levels.firesOf(
    ctx.tenantId,
    ctx.locationId,
    lines.map((l) => l.lineId),
  );
  const done = new Set(fired.map((m) => m.lineId));
  const tracked = new Map(locked.map((l) => [l.ingredientId, l]));
  const needs = needsOf(
    lines.filter((l) => !done.has(l.lineId)),
    recipes,
  ).filter((n) => tracked.has(n.ingredientId));
  const shortages = shortagesOf(needs, tracked);
  if (ctx.policy === 'block' && shortages.length > 0) throw new InsufficientStockError(shortages);

  const at = parts.clock.now();
  const movements = needs.flatMap((need) =>
    need.lines.map((line): StockMovement => ({
      id: parts.newId(),
      tenantId: ctx.tenantId,
      locationId: ctx.locationId,
      ingredientId: need.ingredientId,
      delta: -line.amount,
      kind: 'fire',
      orderId: ctx.orderId,
      lineId: line.lineId,
      units: line.units,
      reversalId: null,
      reason: null,
      actor: null,
      at,
    })),
  );
  const written = await parts.levels.addMovements(movements);
  await applyMovements(parts, ctx, locked, written);
}
