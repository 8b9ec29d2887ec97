import {
  amountOf,
  cents,
  FINAL,
  mollieId,
  refundTotals,
  type Amount,
  type PaymentStatus,
  type SimPayment,
  type SimRefund,
} from './mollie-objects';

/** The simulator's accounts: payments with their refunds, and the idempotency keys seen. */
export class Store {
  readonly payments = new Map<string, SimPayment>();
  /** `apiKey:idempotencyKey` → the request's body and the answer given. */
  readonly replies = new Map<string, { body: string; status: number; json: unknown }>();

  createPayment(input: {
    amount: Amount;
    description: string;
    redirectUrl: string | null;
    webhookUrl: string | null;
    metadata: Record<string, unknown> | null;
  }): SimPayment {
    const now = new Date();
    const payment: SimPayment = {
      ...input,
      id: mollieId('tr'),
      createdAt: now.toISOString(),
      status: 'open',
      expiresAt: new Date(now.getTime() + 15 * 60_000).toISOString(),
      refunds: [],
    };
    this.payments.set(payment.id, payment);
    return payment;
  }

  /** Moves a payment to `status` (as the guest or the bank would); false when it is final. */
  setStatus(payment: SimPayment, status: PaymentStatus): boolean {
    if (FINAL.includes(payment.status)) return false;
    payment.status = status;
    const at = new Date().toISOString();
    if (status === 'paid') payment.paidAt = at;
    if (status === 'failed') payment.failedAt = at;
    if (status === 'canceled') payment.canceledAt = at;
    if (status === 'expired') payment.expiredAt = at;
    return true;
  }

  /** A refund, or the reason Mollie gives for refusing it. */
  refund(
    payment: SimPayment,
    input: { amount: Amount; description: string; metadata: Record<string, unknown> | null },
  ): SimRefund | string {
    if (payment.status !== 'paid') return 'The payment is not paid, so it cannot be refunded';
    if (input.amount.currency !== payment.amount.currency) return 'The currency does not match';
    if (cents(input.amount) > refundTotals(payment).remaining) {
      return `The amount is higher than the ${amountOf(refundTotals(payment).remaining, payment.amount.currency).value} left to refund`;
    }
    const refund: SimRefund = {
      ...input,
      id: mollieId('re'),
      paymentId: payment.id,
      createdAt: new Date().toISOString(),
      status: 'pending',
    };
    payment.refunds.push(refund);
    return refund;
  }

  settleRefunds(): void {
    for (const p of this.payments.values()) {
      for (const r of p.refunds) if (r.status === 'pending') r.status = 'refunded';
    }
  }

  reset(): void {
    this.payments.clear();
    this.replies.clear();
  }
}
