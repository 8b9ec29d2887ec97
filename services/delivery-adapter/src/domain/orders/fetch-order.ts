import { AppError } from '@brigade/core';
import type { OrderData } from '../marketplace';
import type { DeliveryDeps } from '../ports';
import { needsAttention } from './attention';

/**
 * The content of an announced order, from its marketplace. Fetched outside any transaction,
 * then stored under the order's lock once; a repeat finds it fetched and does nothing.
 */
export async function fetchOrder(deps: DeliveryDeps, orderId: string, last = false): Promise<void> {
  const announced = await deps.marketplaces.findOrder(orderId);
  if (!announced || announced.status !== 'fetching' || !announced.resourceUrl) return;
  let data: OrderData;
  try {
    data = await deps.apis[announced.marketplace].fetchOrder(announced.resourceUrl);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const final = last || (err instanceof AppError && !err.retryable);
    await deps.transaction(async () => {
      const order = await deps.marketplaces.lockOrder(orderId);
      if (!order || order.status !== 'fetching') return;
      await deps.marketplaces.saveOrder({
        ...order,
        lastError: message,
        updatedAt: deps.clock.now(),
      });
      if (final) {
        const detail = `its content could not be fetched: ${message}`;
        await deps.outbox.add([needsAttention(order, 'fetch-failed', detail, deps.clock.now())]);
      }
    });
    throw err;
  }
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
