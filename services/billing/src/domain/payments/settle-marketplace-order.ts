import type { MarketplaceOrderFulfilledV1 } from '@brigade/contracts';
import type { StaffActor } from '@brigade/core';
import { splitIntoBills } from '../bills/split-into-bills';
import { fiscalDayForSale } from '../fiscal-days/fiscal-day-for-sale';
import { OrderNotYetKnownError } from '../orders/billable-order.errors';
import type { BillingDeps } from '../ports';
import type { Payment } from './payment';
import { paymentPaid } from './payment-events';
import { settleBill } from './settle-bill';

/**
 * A marketplace order, final once the kitchen handed it over, was paid to the marketplace:
 * one bill for the whole order, paid by the marketplace, with what the guest paid it and its commission kept beside the payment.
 * Applied once per order (the settlement's order is unique); an order billing has not seen
 * yet is retried until its placed event has landed.
 */
export async function settleMarketplaceOrder(
  deps: BillingDeps,
  event: MarketplaceOrderFulfilledV1,
): Promise<void> {
  const { orderId, marketplace } = event.payload;
  const order = await deps.billableOrders.lock(orderId);
  if (!order) throw new OrderNotYetKnownError(orderId);
  if (order.status !== 'open' || (await deps.payments.findSettlement(orderId))) return;
  const platform: StaffActor = {
    kind: 'staff',
    tenantId: order.tenantId,
    userId: `marketplace-${marketplace}`,
    roles: ['admin'],
    locationIds: [order.locationId],
  };
  const [bill] = await splitIntoBills(deps, platform, orderId, { kind: 'whole' });
  if (!bill) return;
  const day = await fiscalDayForSale(deps, bill);
  const now = deps.clock.now();
  const id = deps.newId();
  const payment: Payment = {
    id,
    tenantId: bill.tenantId,
    locationId: bill.locationId,
    orderId,
    billId: bill.id,
    fiscalDayId: day.id,
    method: 'marketplace',
    status: 'paid',
    amountMinor: bill.totalMinor,
    tipMinor: 0,
    currency: bill.currency,
    tenderedMinor: null,
    changeMinor: null,
    registerSessionId: null,
    terminalReference: event.payload.externalId,
    molliePaymentId: null,
    idempotencyKey: `brigade-payment-${id}`,
    requestKey: `marketplace:${marketplace}:${event.payload.externalId}`,
    requestHash: event.id,
    checkoutUrl: null,
    redirectUrl: null,
    refundedMinor: 0,
    createdBy: `marketplace:${marketplace}`,
    createdAt: now,
    statusChangedAt: now,
    paidAt: now,
  };
  await deps.payments.insert(payment);
  await deps.payments.insertSettlement({
    paymentId: id,
    orderId,
    marketplace,
    externalId: event.payload.externalId,
    paidByGuestMinor: event.payload.paidByGuest.amountMinor,
    commissionMinor: Math.round((bill.totalMinor * event.payload.commissionBps) / 10_000),
    currency: bill.currency,
  });
  await deps.outbox.add([paymentPaid(payment, now)]);
  const locked = (await deps.bills.lock(bill.id))!;
  await settleBill(deps, order, locked, now);
}
