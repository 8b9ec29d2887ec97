import type { PaymentResponse, RefundResponse } from '@brigade/contracts';
import type { Payment } from '../domain/payments/payment';
import type { Refund } from '../domain/payments/refund';

export function toPaymentResponse(p: Payment, refunds: readonly Refund[]): PaymentResponse {
  const money = (amountMinor: number) => ({ amountMinor, currency: p.currency });
  return {
    id: p.id,
    billId: p.billId,
    orderId: p.orderId,
    method: p.method,
    status: p.status,
    amount: money(p.amountMinor),
    tip: money(p.tipMinor),
    tendered: p.tenderedMinor === null ? null : money(p.tenderedMinor),
    change: p.changeMinor === null ? null : money(p.changeMinor),
    checkoutUrl: p.status === 'open' || p.status === 'creating' ? p.checkoutUrl : null,
    molliePaymentId: p.molliePaymentId,
    terminalReference: p.terminalReference,
    registerSessionId: p.registerSessionId,
    fiscalDayId: p.fiscalDayId,
    refunded: money(p.refundedMinor),
    refunds: refunds.map(toRefundResponse),
    createdAt: p.createdAt.toISOString(),
    paidAt: p.paidAt?.toISOString() ?? null,
  };
}

export function toRefundResponse(r: Refund): RefundResponse {
  return {
    id: r.id,
    paymentId: r.paymentId,
    method: r.method,
    status: r.status,
    amount: { amountMinor: r.amountMinor, currency: r.currency },
    reason: r.reason,
    createdAt: r.createdAt.toISOString(),
  };
}
