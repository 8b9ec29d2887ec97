import type { OrderPlacedV1 } from '@brigade/contracts';
import type { BillingDeps } from '../ports';
import { activeLines, chargedTotal } from './billable-order';
import { OrderEventMismatchError } from './billable-order.errors';
import { assertInStep } from './order-versions';

/**
 * A placed order becomes something to bill, with the prices and taxes it was sold at. It is
 * the order's first event: a view that exists already came from it, so nothing changes.
 */
export async function recordPlacedOrder(deps: BillingDeps, event: OrderPlacedV1): Promise<void> {
  const p = event.payload;
  if (event.aggregateId !== p.orderId) {
    throw new OrderEventMismatchError(p.orderId, `the envelope is about ${event.aggregateId}`);
  }
  const lines = activeLines(p.lines);
  const order = {
    orderId: p.orderId,
    tenantId: event.tenantId,
    locationId: event.locationId,
    orderNumber: p.orderNumber,
    type: p.type,
    status: 'open' as const,
    tableLabel: p.tableLabel,
    customerName: p.customerName,
    alias: null,
    guestCount: null,
    detailsVersion: event.aggregateVersion,
    mergedIntoOrderId: null,
    lines,
    totalMinor: chargedTotal(lines),
    currency: p.total.currency,
    orderVersion: event.aggregateVersion,
    appliedVersions: [event.aggregateVersion],
    placedAt: new Date(p.placedAt),
  };
  assertInStep(order, p.total.amountMinor);
  await deps.billableOrders.insert(order);
}
