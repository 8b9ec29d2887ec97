import type { BillingDeps } from '../ports';
import type { Payment } from './payment';
import type { Refund } from './refund';
import { refundAtProvider } from './refund-payment';

const SETTLING = ['pending', 'processing', 'queued'];

/**
 * Follows a Mollie refund to its end: one whose creation was interrupted is asked for again
 * with its own key; one Mollie is still processing is asked about. A refund that fails or is
 * canceled gives its reserved amount back to the payment.
 */
export async function settleRefund(deps: BillingDeps, payment: Payment, refund: Refund) {
  if (refund.method !== 'mollie' || !payment.molliePaymentId) return;
  if (refund.status === 'creating') {
    await refundAtProvider(deps, payment, refund);
    return;
  }
  if (!SETTLING.includes(refund.status) || !refund.mollieRefundId) return;
  const remote = await deps.provider.getRefund(payment.molliePaymentId, refund.mollieRefundId);
  if (!remote || remote.status === refund.status) return;
  await deps.transaction(async () => {
    await deps.payments.lock(payment.id);
    const current = await deps.payments.findRefund(refund.id);
    if (!current || !SETTLING.includes(current.status)) return;
    await deps.payments.setRefundStatus(refund.id, remote.status);
    if (remote.status === 'failed' || remote.status === 'canceled') {
      await deps.payments.addRefunded(payment.id, -refund.amountMinor);
    }
  });
}

/** Every refund of a payment still under way; Mollie calls the payment's webhook for them. */
export async function settleRefundsOf(deps: BillingDeps, payment: Payment) {
  for (const refund of await deps.payments.listRefunds(payment.id)) {
    await settleRefund(deps, payment, refund);
  }
}
