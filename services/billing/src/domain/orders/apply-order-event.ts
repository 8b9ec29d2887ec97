import type { Envelope } from '@brigade/contracts';
import type { BillingDeps } from '../ports';
import type { BillableOrder } from './billable-order';
import { OrderEventMismatchError, OrderNotYetKnownError } from './billable-order.errors';
import { assertInStep, hasApplied, isNewest, settle } from './order-versions';

/** How one event changes one view: `newest` when nothing newer was applied before it. */
export type ViewChange = (order: BillableOrder, newest: boolean) => void;

/**
 * Applies an event about one order to its view, locked, once per order version, and checks
 * the view is in step with orders after it (see order-versions.ts).
 * `ordersTotalMinor`: orders' total after the event, when the event tells it.
 */
export async function applyOrderEvent(
  deps: BillingDeps,
  event: Envelope<{ orderId: string }>,
  change: ViewChange,
  ordersTotalMinor?: number,
): Promise<void> {
  const { orderId } = event.payload;
  const version = event.aggregateVersion;
  if (event.aggregateId !== orderId) {
    throw new OrderEventMismatchError(orderId, `the envelope is about ${event.aggregateId}`);
  }
  await deps.transaction(async () => {
    const order = await deps.billableOrders.lock(orderId);
    if (!order) throw new OrderNotYetKnownError(orderId);
    assertSameTenant(order, event);
    if (hasApplied(order, version)) return;
    const newest = isNewest(order, version);
    change(order, newest);
    settle(order, version);
    if (newest && ordersTotalMinor !== undefined) assertInStep(order, ordersTotalMinor);
    await deps.billableOrders.save(order);
  });
}

/** Another tenant's event never touches a view, whatever its ids say. */
export function assertSameTenant(order: BillableOrder, event: Envelope): void {
  if (order.tenantId !== event.tenantId) {
    throw new OrderEventMismatchError(order.orderId, 'it is from another tenant');
  }
}
