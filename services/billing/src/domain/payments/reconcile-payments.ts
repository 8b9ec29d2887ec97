import type { BillingDeps } from '../ports';
import { applyProviderPayment } from './apply-provider-payment';
import { createAtProvider } from './create-at-provider';
import { canMove, type Payment } from './payment';
import { paymentFailed } from './payment-events';
import { settleRefund } from './settle-refund';

export interface ReconcileOptions {
  /** Payments whose status has not moved for this long are asked about. */
  quietForMs: number;
  /**
   * A payment still `creating` after this long is given up: its checkout URL never reached
   * the guest, so nobody can have paid it. Below Mollie's one hour of idempotency keys.
   */
  abandonCreatingAfterMs: number;
  batch?: number;
}

/**
 * Mollie stops retrying a webhook after 10 tries in 26 hours, and a webhook may never come
 * at all: every payment and refund not final is polled here until it is. One whose creation
 * was interrupted is created again with its own key, which finds Mollie's if one was made.
 */
export async function reconcilePayments(
  deps: BillingDeps,
  options: ReconcileOptions,
): Promise<{ checked: number; failures: number }> {
  const now = deps.clock.now().getTime();
  const unsettled = await deps.payments.listUnsettled(
    new Date(now - options.quietForMs),
    options.batch ?? 200,
  );
  let failures = 0;
  for (const payment of unsettled) {
    try {
      if (payment.status !== 'creating') {
        const remote = await deps.provider.getPayment(payment.molliePaymentId!);
        if (remote) await applyProviderPayment(deps, remote);
      } else if (now - payment.createdAt.getTime() > options.abandonCreatingAfterMs) {
        await abandon(deps, payment);
      } else {
        const bill = await deps.bills.find(payment.billId);
        if (bill) await createAtProvider(deps, payment, bill);
      }
    } catch {
      failures++;
    }
  }
  const refunds = await deps.payments.listUnsettledRefunds(
    new Date(now - options.quietForMs),
    options.batch ?? 200,
  );
  for (const refund of refunds) {
    try {
      const payment = await deps.payments.find(refund.paymentId);
      if (payment) await settleRefund(deps, payment, refund);
    } catch {
      failures++;
    }
  }
  return { checked: unsettled.length + refunds.length, failures };
}

async function abandon(deps: BillingDeps, payment: Payment): Promise<void> {
  await deps.transaction(async () => {
    const locked = (await deps.payments.lock(payment.id))!;
    if (!canMove(locked.status, 'expired')) return;
    const now = deps.clock.now();
    await deps.payments.setStatus(locked.id, 'expired', now);
    await deps.outbox.add([paymentFailed(locked, 'expired', now)]);
  });
}
