import type { Bill } from '../bills/bill';
import type { BillingDeps } from '../ports';
import { applyProviderPayment } from './apply-provider-payment';
import type { Payment } from './payment';

/**
 * Creates (or, on a retry, finds again) the Mollie payment for ours: always with the key
 * stored on our payment, so Mollie answers a repeated call with the payment it made first.
 */
export async function createAtProvider(
  deps: BillingDeps,
  payment: Payment,
  bill: Pick<Bill, 'year' | 'number'>,
): Promise<Payment> {
  const created = await deps.provider.createPayment({
    amountMinor: payment.amountMinor + payment.tipMinor,
    currency: payment.currency,
    description: `Bill ${bill.year}-${bill.number}`,
    redirectUrl: payment.redirectUrl ?? '',
    paymentId: payment.id,
    billId: payment.billId,
    orderId: payment.orderId,
    idempotencyKey: payment.idempotencyKey,
  });
  await applyProviderPayment(deps, created);
  return (await deps.payments.find(payment.id))!;
}
