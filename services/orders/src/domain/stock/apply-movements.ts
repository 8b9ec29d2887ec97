import { StockLowV1, type Envelope } from '@brigade/contracts';
import { traceFromContext, type Clock } from '@brigade/core';
import type { LiveFeedPort } from '../live/ports';
import type { OrdersDeps } from '../ports';
import { crossesThreshold, deltasOf } from './deduction';
import type { StockCatalog, StockLevels } from './ports';
import { milliToNumber } from './quantity';
import type { LockedLevel, Milli, StockMovement } from './stock';

/** What stock changes need, whether an order or a member of staff makes them. */
export interface StockParts {
  catalog: StockCatalog;
  levels: StockLevels;
  outbox: { add(events: Envelope[]): Promise<void> };
  feed: LiveFeedPort;
  clock: Clock;
  newId(): string;
}

export const stockParts = (deps: OrdersDeps): StockParts => ({
  catalog: deps.stock.catalog,
  levels: deps.stock.levels,
  outbox: deps.outbox,
  feed: deps.feed,
  clock: deps.clock,
  newId: deps.newId,
});

interface ChangeContext {
  tenantId: string;
  locationId: string;
  /** The order that made the change, if one did. */
  orderId: string | null;
}

type Crossing = LockedLevel & { threshold: Milli; version: number };

/**
 * Moves the locked levels by the movements just written to the ledger, and announces each
 * level that crossed its threshold on the way down (`stock.low.v1` and a live feed entry).
 */
export async function applyMovements(
  parts: StockParts,
  ctx: ChangeContext,
  locked: LockedLevel[],
  written: StockMovement[],
): Promise<void> {
  if (written.length === 0) return;
  const deltas = deltasOf(written);
  const versions = await parts.levels.apply(ctx.locationId, deltas);
  const before = new Map(locked.map((l) => [l.ingredientId, l]));
  const crossings = deltas.flatMap(({ ingredientId, delta }): Crossing[] => {
    const level = before.get(ingredientId);
    const version = versions.get(ingredientId);
    if (!level || version === undefined || level.lowThreshold === null) return [];
    const onHand = level.onHand + delta;
    return crossesThreshold(level.onHand, onHand, level.lowThreshold)
      ? [{ ...level, onHand, threshold: level.lowThreshold, version }]
      : [];
  });
  await announceLowStock(parts, ctx, crossings);
}

async function announceLowStock(parts: StockParts, ctx: ChangeContext, crossings: Crossing[]) {
  if (crossings.length === 0) return;
  const now = parts.clock.now();
  const trace = traceFromContext();
  const payloads = crossings.map((c) => ({
    ingredientId: c.ingredientId,
    name: c.name,
    unit: c.unit,
    onHand: milliToNumber(c.onHand),
    threshold: milliToNumber(c.threshold),
    orderId: ctx.orderId,
    at: now.toISOString(),
  }));
  await parts.outbox.add(
    crossings.map((c, i) =>
      StockLowV1.create(
        {
          tenantId: ctx.tenantId,
          locationId: ctx.locationId,
          aggregateId: c.ingredientId,
          aggregateVersion: c.version,
          occurredAt: now,
          ...trace,
        },
        payloads[i]!,
      ),
    ),
  );
  for (const payload of payloads) {
    await parts.feed.append({
      tenantId: ctx.tenantId,
      locationId: ctx.locationId,
      topic: 'stock',
      type: 'stock.low',
      subjectId: payload.ingredientId,
      data: payload,
    });
  }
}
