import type { ItemStatus, Order, OrderLine, OrderStatus } from './order';
import { OrderClosedError } from './order.errors';

const itemRank: Record<Exclude<ItemStatus, 'cancelled'>, number> = {
  pending: 0,
  preparing: 1,
  ready: 2,
  served: 3,
};

/** Kitchen events may arrive late or twice: an item only ever moves forward. */
export function advancesItem(line: OrderLine, to: Exclude<ItemStatus, 'cancelled'>): boolean {
  return line.status !== 'cancelled' && itemRank[line.status] < itemRank[to];
}

/**
 * The status of an open order follows from its lines: nothing in the kitchen yet (draft),
 * in the kitchen, some served, all served. A new round after everything was served takes a
 * served order back to partially served. Paid and cancelled are final and set explicitly.
 */
export function deriveStatus(order: Order): OrderStatus {
  if (order.status === 'paid' || order.status === 'cancelled') return order.status;
  const active = order.lines.filter((l) => l.status !== 'cancelled');
  const served = active.filter((l) => l.status === 'served').length;
  if (active.length > 0 && served === active.length) return 'served';
  if (served > 0) return 'partially_served';
  const inKitchen = active.some((l) => l.sentAt !== null || l.status !== 'pending');
  return inKitchen ? 'sent_to_kitchen' : 'draft';
}

/** 409 for a change to a paid or cancelled order. */
export function assertOpen(order: Order): void {
  if (order.status === 'paid' || order.status === 'cancelled')
    throw new OrderClosedError(order.status);
}
