import type { OrderPlacedV1 } from '@brigade/contracts';
import type { BillingDeps } from '../ports';

/** A placed order becomes something to bill, with the prices and taxes it was sold at. */
export async function recordPlacedOrder(deps: BillingDeps, event: OrderPlacedV1): Promise<void> {
  const p = event.payload;
  await deps.billableOrders.upsert({
    orderId: p.orderId,
    tenantId: event.tenantId,
    locationId: event.locationId,
    orderNumber: p.orderNumber,
    lines: p.lines,
    totalMinor: p.total.amountMinor,
    currency: p.total.currency,
    orderVersion: event.aggregateVersion,
    placedAt: new Date(p.placedAt),
  });
}
