import type { OrderLine as EventLine } from '@brigade/contracts';
import type { Order, OrderLine } from './order';

/** Order lines as events carry them (price and tax snapshots). */
export function toOrderLines(order: Order): EventLine[] {
  const money = (amountMinor: number) => ({
    amountMinor,
    currency: order.currency,
  });
  return order.lines.map((l) => ({
    lineId: l.id,
    productId: l.productId,
    name: l.name,
    quantity: l.quantity,
    unitPrice: money(l.unitPriceMinor),
    taxRateBps: l.taxRateBps,
    total: money(l.totalMinor),
    notes: l.notes,
  }));
}

/** Lines as the kitchen needs them: what to cook, how many, and the notes. */
export function toFiredItems(lines: readonly OrderLine[]) {
  return lines.map((l) => ({
    lineId: l.id,
    productId: l.productId,
    name: l.name,
    quantity: l.quantity,
    notes: l.notes,
  }));
}
