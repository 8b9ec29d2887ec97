import type { DeliveryDeps } from '../ports';
import { needsAttention } from './attention';

/**
 * The content of an announced order, from its marketplace. Fetched outside any transaction,
 * then stored under the order's lock once; a repeat finds it fetched and does nothing.
 */
export async function fetchOrder(deps: DeliveryDeps, orderId: string): Promise<void> {
  const announced = await deps.marketplaces.findOrder(orderId);
  if (!announced || announced.status !== 'fetching' || !announced.resourceUrl) return;
  const data = await deps.apis[announced.marketplace].fetchOrder(announced.resourceUrl);
  await deps.transaction(async () => {
    const order = await deps.marketplaces.lockOrder(orderId);
    if (!order || order.status !== 'fetching') return;
    const status = order.locationId ? 'received' : 'store-unknown';
    await deps.marketplaces.saveOrder({
      ...order,
      data,
      displayId: data.displayId,
      status,
      lastError: null,
      updatedAt: deps.clock.now(),
    });
    if (status === 'received') deps.queueTake(order.id);
    else {
      const detail = `no location is ${order.marketplace} store ${order.storeId}`;
      await deps.outbox.add([needsAttention(order, 'store-unknown', detail, deps.clock.now())]);
    }
  });
}
