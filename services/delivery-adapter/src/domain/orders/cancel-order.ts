import type { Marketplace } from '../marketplace';
import type { DeliveryDeps } from '../ports';

/**
 * The marketplace cancelled an order (the guest, the courier, its own deadline): it ends
 * here, and our order, when it became one, is cancelled in orders, which voids its lines
 * (the kitchen strikes them and prints a STORNO, stock comes back, billing charges nothing).
 * Runs in the webhook's transaction; the call to orders is a job after commit.
 */
export async function cancelledByMarketplace(
  deps: DeliveryDeps,
  marketplace: Marketplace,
  marketplaceOrderId: string,
): Promise<void> {
  const found = await deps.marketplaces.findByMarketplaceId(marketplace, marketplaceOrderId);
  const order = found && (await deps.marketplaces.lockOrder(found.id));
  if (!order || order.status === 'cancelled' || order.status === 'denied') return;
  await deps.marketplaces.saveOrder({ ...order, status: 'cancelled', updatedAt: deps.clock.now() });
  if (order.internalOrderId) deps.queueCancel(order);
}

/** Our order of a cancelled marketplace order, cancelled in orders (a job: retried). */
export async function cancelInternalOrder(deps: DeliveryDeps, orderId: string): Promise<void> {
  const order = await deps.marketplaces.findOrder(orderId);
  if (!order || order.status !== 'cancelled' || !order.internalOrderId) return;
  await deps.orders.cancel({
    tenantId: order.tenantId!,
    locationId: order.locationId!,
    orderId: order.internalOrderId,
    note: `cancelled by ${order.marketplace} (${order.displayId ?? order.marketplaceOrderId})`,
  });
}
