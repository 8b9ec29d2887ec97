import type { BillingDeps } from '../ports';
import { applyProviderPayment, type ApplyOutcome } from './apply-provider-payment';
import { settleRefundsOf } from './settle-refund';

const MOLLIE_PAYMENT_ID = /^tr_[A-Za-z0-9]{1,64}$/;

/**
 * A webhook said something happened to a Mollie payment or one of its refunds: ask Mollie
 * what (the webhook carries only the id, so nothing in it is trusted) and apply it. An id Mollie does not
 * know changes nothing; one it knows but we never stored is matched by the id we gave it.
 */
export async function syncProviderPayment(
  deps: BillingDeps,
  molliePaymentId: string,
): Promise<ApplyOutcome> {
  if (!MOLLIE_PAYMENT_ID.test(molliePaymentId)) return 'unknown';
  const remote = await deps.provider.getPayment(molliePaymentId);
  if (!remote) return 'unknown';
  const outcome = await applyProviderPayment(deps, remote);
  const payment = await deps.payments.findByMollieId(remote.id);
  if (payment?.status === 'paid') await settleRefundsOf(deps, payment);
  return outcome;
}
