import { newId, systemClock, type Clock } from '@brigade/core';
import type { Db } from '@brigade/db';
import type { LiveFeedPort } from '../../domain/live/ports';
import type { OrdersDeps } from '../../domain/ports';
import { deductForFire } from '../../domain/stock/deduct-for-fire';
import type { StockPort } from '../../domain/stock/ports';
import { reverseLines } from '../../domain/stock/reverse-lines';
import { stockCatalogRepository } from './stock-catalog.repository';
import { stockLevelsRepository } from './stock-levels.repository';

/** Recipe-level stock in PostgreSQL; every change joins the caller's transaction. */
export function stockRepository(
  db: Db,
  outbox: OrdersDeps['outbox'],
  feed: LiveFeedPort,
  clock: Clock = systemClock,
): StockPort {
  const catalog = stockCatalogRepository(db);
  const levels = stockLevelsRepository(db);
  const parts = { catalog, levels, outbox, feed, clock, newId };
  return {
    deductForFire: (ctx, lines) => deductForFire(parts, ctx, lines),
    reverse: (ctx, portions, reason) => reverseLines(parts, ctx, portions, reason),
    catalog,
    levels,
  };
}
