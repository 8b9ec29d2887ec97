import type { KitchenItemStatusChangedV1 } from '@brigade/contracts';
import { orderFulfilled } from '../orders/attention';
import type { DeliveryDeps } from '../ports';

/**
 * The kitchen moved lines of one of our orders: once every line of an order that came from
 * a marketplace is ready (or served), the marketplace hears "ready", once, and billing is
 * told the sale is final (`marketplace.order-fulfilled.v1`).
 */
export async function followKitchen(deps: DeliveryDeps, event: KitchenItemStatusChangedV1) {
  if (event.payload.status === 'preparing') return;
  const found = await deps.marketplaces.findByInternalOrder(event.payload.orderId);
  if (!found) return;
  const order = await deps.marketplaces.lockOrder(found.id);
  if (!order || order.status !== 'accepted') return;
  const ready = [...new Set([...order.readyLineIds, ...event.payload.lineIds])];
  const now = deps.clock.now();
  await deps.marketplaces.saveOrder({ ...order, readyLineIds: ready, updatedAt: now });
  const all =
    order.internalLineIds.length > 0 && order.internalLineIds.every((id) => ready.includes(id));
  if (all && (await deps.statusUpdates.addIfNew(order.id, 'ready', null, now))) {
    deps.queueStatus(order.id, 'ready');
    await deps.outbox.add([orderFulfilled(order, deps.commissionBps[order.marketplace], now)]);
  }
}
