import type { PaymentRequest } from '@brigade/contracts';
import {
  actorKey,
  canAccess,
  NotFoundError,
  RuleViolationError,
  type StaffActor,
} from '@brigade/core';
import { fiscalDayForSale } from '../fiscal-days/fiscal-day-for-sale';
import type { BillingDeps } from '../ports';
import { registerSessionForTender } from '../registers/register-session-for-tender';
import { amountExceedsDue, dueOf } from './due';
import type { Payment } from './payment';
import { billNotOpen, idempotencyKeyReused } from './payment.errors';
import { paymentPaid } from './payment-events';
import type { ClientRequest } from './start-payment';
import { settleBill } from './settle-bill';

type Tender = Exclude<PaymentRequest, { method: 'mollie' }>;

/**
 * Cash or the card terminal at the table: paid the moment it is recorded, on the open
 * register session (a location may refuse tenders without one). Cash may exceed what is
 * paid and tipped; the rest goes back as change.
 */
export async function recordTender(
  deps: BillingDeps,
  caller: StaffActor,
  billId: string,
  body: Tender,
  request: ClientRequest,
): Promise<{ payment: Payment; replayed: boolean }> {
  const found = await deps.bills.find(billId);
  if (!found || !canAccess(caller, found)) throw new NotFoundError('The bill');
  return deps.transaction(async () => {
    const order = await deps.billableOrders.lock(found.orderId);
    const bill = (await deps.bills.lock(billId))!;
    const earlier = await deps.payments.findByRequest(billId, request.key);
    if (earlier) {
      if (earlier.requestHash !== request.hash) throw idempotencyKeyReused();
      return { payment: earlier, replayed: true };
    }
    if (bill.status !== 'open') throw billNotOpen(bill.status);
    const due = dueOf(bill, await deps.payments.listByBill(billId));
    const amountMinor = body.amountMinor ?? due;
    if (amountMinor > due || amountMinor <= 0) throw amountExceedsDue(amountMinor, due);
    const owed = amountMinor + body.tipMinor;
    const tenderedMinor = body.method === 'cash' ? (body.tenderedMinor ?? owed) : null;
    if (tenderedMinor !== null && tenderedMinor < owed) {
      throw new RuleViolationError(
        'tendered-too-little',
        `${owed} is owed, ${tenderedMinor} was given`,
        [{ field: 'tenderedMinor', message: `at least ${owed}` }],
      );
    }
    const session = await registerSessionForTender(deps, bill, body.registerId);
    const day = await fiscalDayForSale(deps, bill);
    const now = deps.clock.now();
    const id = deps.newId();
    const payment: Payment = {
      id,
      tenantId: bill.tenantId,
      locationId: bill.locationId,
      orderId: bill.orderId,
      billId,
      fiscalDayId: day.id,
      method: body.method,
      status: 'paid',
      amountMinor,
      tipMinor: body.tipMinor,
      currency: bill.currency,
      tenderedMinor,
      changeMinor: tenderedMinor === null ? null : tenderedMinor - owed,
      registerSessionId: session?.id ?? null,
      terminalReference: body.method === 'card' ? body.terminalReference : null,
      molliePaymentId: null,
      idempotencyKey: `brigade-payment-${id}`,
      requestKey: request.key,
      requestHash: request.hash,
      checkoutUrl: null,
      redirectUrl: null,
      refundedMinor: 0,
      createdBy: actorKey(caller),
      createdAt: now,
      statusChangedAt: now,
      paidAt: now,
    };
    await deps.payments.insert(payment);
    await deps.outbox.add([paymentPaid(payment, now)]);
    if (order) await settleBill(deps, order, bill, now);
    return { payment, replayed: false };
  });
}
