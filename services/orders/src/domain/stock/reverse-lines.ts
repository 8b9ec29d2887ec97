import { applyMovements, type StockParts } from './apply-movements';
import type { StockContext, StockReversal } from './ports';
import { planReversals } from './reversal';
import type { StockMovement } from './stock';

/**
 * Puts back what voided units of fired lines took, inside the caller's transaction. Each
 * portion counts once: a second call (even a concurrent one) finds it in the ledger, and
 * the ledger's uniqueness turns away what slips through.
 */
export async function reverseLines(
  parts: StockParts,
  ctx: Omit<StockContext, 'policy'>,
  portions: StockReversal[],
  reason: 'void' | 'cancel',
): Promise<void> {
  if (portions.length === 0) return;
  const lineIds = [...new Set(portions.map((p) => p.lineId))];
  const fires = await parts.levels.firesOf(ctx.tenantId, ctx.locationId, lineIds);
  if (fires.length === 0) return;
  const ingredientIds = [...new Set(fires.map((f) => f.ingredientId))];
  const locked = await parts.levels.lock(ctx.tenantId, ctx.locationId, ingredientIds);
  // Read under the locks: what a concurrent reversal of these lines put back is counted.
  const earlier = await parts.levels.reversalsOf(ctx.tenantId, ctx.locationId, lineIds);
  const at = parts.clock.now();
  const reversals = planReversals(fires, earlier, portions).map(
    ({ fire, reversalId, units, amount }): StockMovement => ({
      ...fire,
      id: parts.newId(),
      delta: amount,
      kind: 'reversal',
      units,
      reversalId,
      reason,
      actor: null,
      at,
    }),
  );
  const written = await parts.levels.addMovements(reversals);
  await applyMovements(parts, ctx, locked, written);
}
