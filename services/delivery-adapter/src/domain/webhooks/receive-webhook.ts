import type { Marketplace, MarketplaceOrder } from '../marketplace';
import type { DeliveryDeps } from '../ports';
import type { Notice } from './notices';
import { needsAttention } from '../orders/attention';
import { cancelledByMarketplace } from '../orders/cancel-order';

/**
 * A verified webhook, taken once: its event id is recorded in the same transaction as its
 * effect, so a replayed or repeated webhook (same id) changes nothing, and an order is stored
 * once per marketplace id whatever events announce it. An order to fetch is queued after
 * commit. Orders of a store no location has are kept too (`store-unknown`), never dropped.
 */
export async function receiveWebhook(
  deps: DeliveryDeps,
  marketplace: Marketplace,
  notice: Notice,
): Promise<'stored' | 'repeated' | 'ignored'> {
  return deps.transaction(async () => {
    const now = deps.clock.now();
    const fresh = await deps.marketplaces.recordWebhook(
      marketplace,
      notice.eventId,
      notice.marketplaceOrderId,
      now,
    );
    if (!fresh) return 'repeated';
    if (notice.kind === 'cancelled' && notice.marketplaceOrderId) {
      await cancelledByMarketplace(deps, marketplace, notice.marketplaceOrderId);
      return 'stored';
    }
    if (notice.kind !== 'new-order' || !notice.marketplaceOrderId || !notice.storeId)
      return 'ignored';
    const store = await deps.marketplaces.findStore(marketplace, notice.storeId);
    const order: MarketplaceOrder = {
      id: deps.newId(),
      marketplace,
      marketplaceOrderId: notice.marketplaceOrderId,
      storeId: notice.storeId,
      tenantId: store?.tenantId ?? null,
      locationId: store?.locationId ?? null,
      status: notice.data ? (store ? 'received' : 'store-unknown') : 'fetching',
      displayId: notice.data?.displayId ?? null,
      resourceUrl: notice.resourceUrl,
      data: notice.data,
      lastError: null,
      receivedAt: now,
      updatedAt: now,
      internalOrderId: null,
      missingSkus: [],
      denyReason: null,
      decidedBy: null,
      deadlineAt: new Date(now.getTime() + deps.acceptWithinMs[marketplace]),
      escalatedAt: null,
      internalLineIds: [],
      readyLineIds: [],
    };
    if (!(await deps.marketplaces.insertOrderIfNew(order))) return 'repeated';
    if (order.status === 'fetching') deps.queueFetch(order.id);
    if (order.status === 'received') deps.queueTake(order.id);
    if (order.status === 'store-unknown')
      await deps.outbox.add([
        needsAttention(
          order,
          'store-unknown',
          `no location is ${marketplace} store ${order.storeId}`,
          now,
        ),
      ]);
    return 'stored';
  });
}
