import type { OrderLine as EventLine } from '@brigade/contracts';
import type { Order, OrderLine } from './order';

/** Money of this order's currency. */
export const moneyOf = (order: Order) => (amountMinor: number) => ({
  amountMinor,
  currency: order.currency,
});

/** Lines as events carry them (price and tax snapshots). */
export function toEventLines(order: Order, lines: readonly OrderLine[] = order.lines): EventLine[] {
  const money = moneyOf(order);
  return lines.map((l) => ({
    lineId: l.id,
    productId: l.productId,
    name: l.name,
    quantity: l.quantity,
    unitPrice: money(l.unitPriceMinor),
    taxRateBps: l.taxRateBps,
    total: money(l.totalMinor),
    notes: l.notes,
    modifiers: l.modifiers.map((m) => ({
      optionId: m.optionId,
      name: m.name,
      priceDelta: money(m.priceDeltaMinor),
    })),
    seat: l.seat,
    course: l.course,
    source: l.source,
    round: l.round,
    comped: l.comped,
  }));
}

/** Lines as the kitchen needs them: what to cook, how many, for whom, and the notes. */
export function toFiredItems(lines: readonly OrderLine[]) {
  return lines.map((l) => ({
    lineId: l.id,
    productId: l.productId,
    categoryId: l.categoryId,
    name: l.name,
    quantity: l.quantity,
    notes: l.notes,
    modifiers: l.modifiers.map((m) => m.name),
    modifierOptionIds: l.modifiers.map((m) => m.optionId),
    allergens: l.allergens,
    seat: l.seat,
    course: l.course,
    source: l.source,
  }));
}

/** What every order event repeats about the order. */
export function orderHeader(order: Order) {
  return {
    orderId: order.id,
    orderNumber: order.orderNumber,
    type: order.type,
    channel: order.channel,
    tableLabel: order.tableLabel,
    customerName: order.customerName,
  };
}
