import { actorKey, canAccess, type Actor } from '@brigade/core';
import type { OrdersDeps } from '../ports';
import { orderTotal, type Order } from './order';
import { OrderChange } from './order-change';
import { deriveStatus } from './order-status';
import { OrderNotFoundError } from './order.errors';

/**
 * Writes what a use case did to an order: the order and its lines, its event-log rows, the
 * outbox events and one live-feed entry, all in the caller's transaction.
 */
export async function commitChange(
  deps: OrdersDeps,
  change: OrderChange,
  options: { isNew?: boolean } = {},
): Promise<void> {
  const { order } = change;
  if (change.log.length === 0) return;
  order.totalMinor = orderTotal(order.lines);
  const status = deriveStatus(order);
  if (status !== order.status) {
    change.record('order.status-changed', { from: order.status, to: status });
    order.status = status;
  }
  await (options.isNew
    ? deps.orders.insert(order, change.log)
    : deps.orders.save(order, change.log));
  if (change.events.length > 0) await deps.outbox.add(change.events);
  await deps.feed.append({
    tenantId: order.tenantId,
    locationId: order.locationId,
    topic: 'order',
    type: 'order.changed',
    subjectId: order.id,
    data: {
      orderNumber: order.orderNumber,
      version: order.version,
      status: order.status,
      tableLabel: order.tableLabel,
      tableSessionId: order.tableSessionId,
      totalMinor: order.totalMinor,
      facts: change.log.map((e) => e.type),
    },
  });
}

/**
 * Runs `fn` on the order locked for change, then commits what it recorded. An actor sees
 * another tenant's or location's order as missing; a string names a service reacting to an
 * event (no access check).
 */
export async function changeOrder<T>(
  deps: OrdersDeps,
  by: Actor | string,
  orderId: string,
  fn: (change: OrderChange) => T | Promise<T>,
): Promise<{ order: Order; result: T }> {
  return deps.transaction(async () => {
    const order = await deps.orders.lockForChange(orderId);
    if (!order || (typeof by !== 'string' && !canAccess(by, order))) {
      throw new OrderNotFoundError();
    }
    const change = new OrderChange(
      order,
      typeof by === 'string' ? by : actorKey(by),
      deps.clock.now(),
    );
    const result = await fn(change);
    await commitChange(deps, change);
    return { order, result };
  });
}
