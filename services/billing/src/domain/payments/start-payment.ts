import type { PaymentRequest } from '@brigade/contracts';
import { actorKey, canAccess, ForbiddenError, NotFoundError, type Actor } from '@brigade/core';
import type { Bill } from '../bills/bill';
import { fiscalDayForSale } from '../fiscal-days/fiscal-day-for-sale';
import type { BillingDeps } from '../ports';
import { createAtProvider } from './create-at-provider';
import { IN_FLIGHT, type Payment } from './payment';
import { billNotOpen, idempotencyKeyReused } from './payment.errors';
import { recordTender } from './record-tender';
import { amountExceedsDue, dueOf } from './due';

/** The client's Idempotency-Key and a hash of what it asked, kept with the payment. */
export interface ClientRequest {
  key: string;
  hash: string;
}

/**
 * Pays a bill or part of it. Online through Mollie: the payment row (with the key Mollie
 * gets) is committed before Mollie is called, so a retry after a crash, a timeout or a 5xx
 * reuses it and never creates a second Mollie payment. At the table: recorded as paid at once.
 */
export async function startPayment(
  deps: BillingDeps,
  caller: Actor,
  billId: string,
  body: PaymentRequest,
  request: ClientRequest,
): Promise<{ payment: Payment; replayed: boolean }> {
  if (body.method !== 'mollie') {
    if (caller.kind !== 'staff') throw new ForbiddenError('Only staff take payments at the table');
    return recordTender(deps, caller, billId, body, request);
  }
  const { payment, replayed, bill } = await deps.transaction(async () => {
    const bill = await deps.bills.lock(billId);
    if (!bill || !canAccess(caller, bill)) throw new NotFoundError('The bill');
    const earlier = await deps.payments.findByRequest(billId, request.key);
    if (earlier) {
      if (earlier.requestHash !== request.hash) throw idempotencyKeyReused();
      return { payment: earlier, replayed: true, bill };
    }
    if (bill.status !== 'open') throw billNotOpen(bill.status);
    const payments = await deps.payments.listByBill(billId);
    const due = dueOf(bill, payments);
    const amountMinor = body.amountMinor ?? due;
    if (amountMinor > due || amountMinor <= 0) throw amountExceedsDue(amountMinor, due);
    // The guest reloaded the page or a second phone at the table asks again: the same checkout.
    const same = payments.find(
      (p) =>
        p.method === 'mollie' &&
        IN_FLIGHT.includes(p.status) &&
        p.amountMinor === amountMinor &&
        p.tipMinor === body.tipMinor,
    );
    if (same) return { payment: same, replayed: true, bill };
    const payment = await newOnlinePayment(deps, caller, bill, amountMinor, body, request);
    await deps.payments.insert(payment);
    return { payment, replayed: false, bill };
  });
  if (payment.status !== 'creating') return { payment, replayed };
  return { payment: await createAtProvider(deps, payment, bill), replayed };
}

async function newOnlinePayment(
  deps: BillingDeps,
  caller: Actor,
  bill: Bill,
  amountMinor: number,
  body: Extract<PaymentRequest, { method: 'mollie' }>,
  request: ClientRequest,
): Promise<Payment> {
  const id = deps.newId();
  const now = deps.clock.now();
  const day = await fiscalDayForSale(deps, bill);
  return {
    id,
    tenantId: bill.tenantId,
    locationId: bill.locationId,
    orderId: bill.orderId,
    billId: bill.id,
    fiscalDayId: day.id,
    method: 'mollie',
    status: 'creating',
    amountMinor,
    tipMinor: body.tipMinor,
    currency: bill.currency,
    tenderedMinor: null,
    changeMinor: null,
    registerSessionId: null,
    terminalReference: null,
    molliePaymentId: null,
    idempotencyKey: `brigade-payment-${id}`,
    requestKey: request.key,
    requestHash: request.hash,
    checkoutUrl: null,
    redirectUrl: body.redirectUrl,
    refundedMinor: 0,
    createdBy: actorKey(caller),
    createdAt: now,
    statusChangedAt: now,
    paidAt: null,
  };
}
