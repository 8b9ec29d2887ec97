import type { BillingDeps } from '../ports';
import { canMove, type Payment } from './payment';
import { paymentFailed, paymentPaid } from './payment-events';
import type { ProviderPayment } from './ports';
import { settleBill } from './settle-bill';

export type ApplyOutcome = 'applied' | 'unchanged' | 'unknown';

/**
 * Applies what Mollie says about a payment. Webhooks come late, twice, at once and out of
 * order: the payment is locked and only ever moves forward, so each status is applied and
 * announced once. A Mollie payment we did not make (or claiming to be one of ours while
 * another is attached) changes nothing.
 */
export async function applyProviderPayment(
  deps: BillingDeps,
  remote: ProviderPayment,
): Promise<ApplyOutcome> {
  const known =
    (await deps.payments.findByMollieId(remote.id)) ??
    (remote.paymentId ? await deps.payments.find(remote.paymentId) : undefined);
  if (!known) return 'unknown';
  return deps.transaction(async () => {
    // Order, then payment, then bill: the lock order of every path that settles a bill.
    const order = await deps.billableOrders.lock(known.orderId);
    const payment = (await deps.payments.lock(known.id))!;
    if (payment.molliePaymentId && payment.molliePaymentId !== remote.id) return 'unknown';
    if (!payment.molliePaymentId || (!payment.checkoutUrl && remote.checkoutUrl)) {
      await deps.payments.attachMollie(payment.id, remote.id, remote.checkoutUrl);
    }
    if (!canMove(payment.status, remote.status)) return 'unchanged';
    if (remote.status === 'paid' && !sameAmount(payment, remote)) {
      throw new Error(
        `Mollie payment ${remote.id} paid ${remote.amountMinor} ${remote.currency}, expected ${payment.amountMinor + payment.tipMinor} ${payment.currency}`,
      );
    }
    const now = deps.clock.now();
    await deps.payments.setStatus(payment.id, remote.status, now);
    const moved: Payment = { ...payment, molliePaymentId: remote.id, status: remote.status };
    if (remote.status === 'paid') {
      await deps.outbox.add([paymentPaid(moved, now)]);
      const bill = await deps.bills.lock(payment.billId);
      if (order && bill) await settleBill(deps, order, bill, now);
    } else if (
      remote.status === 'failed' ||
      remote.status === 'canceled' ||
      remote.status === 'expired'
    ) {
      await deps.outbox.add([paymentFailed(moved, remote.status, now)]);
    }
    return 'applied';
  });
}

const sameAmount = (p: Payment, remote: ProviderPayment) =>
  remote.amountMinor === p.amountMinor + p.tipMinor && remote.currency === p.currency;
