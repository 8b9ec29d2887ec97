import type { Db } from '@brigade/db';
import type { StockPort } from '../../domain/stock/ports';

const notYet = () => Promise.reject(new Error('stock not built yet'));

export function stockRepository(
  _db: Db,
  _outbox: { add(events: unknown[]): Promise<void> },
): StockPort {
  return { deductForFire: notYet, reverse: notYet };
}
