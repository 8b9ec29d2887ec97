import {
  BillPaidV1,
  OrderPaidV1,
  PaymentFailedV1,
  PaymentPaidV1,
  PaymentRefundedV1,
} from '@brigade/contracts';
import { traceFromContext } from '@brigade/core';
import type { Bill } from '../bills/bill';
import type { BillableOrder } from '../orders/billable-order';
import type { Payment } from './payment';
import type { Refund } from './refund';

const money = (amountMinor: number, currency: string) => ({ amountMinor, currency });
const meta = (p: { tenantId: string; locationId: string }, aggregateId: string, at: Date) => ({
  tenantId: p.tenantId,
  locationId: p.locationId,
  aggregateId,
  // One event per payment or bill state, so its version only says which state it was.
  aggregateVersion: 1,
  occurredAt: at,
  ...traceFromContext(),
});

export const paymentPaid = (p: Payment, at: Date) =>
  PaymentPaidV1.create(meta(p, p.id, at), {
    paymentId: p.id,
    billId: p.billId,
    orderId: p.orderId,
    method: p.method,
    amount: money(p.amountMinor, p.currency),
    tip: money(p.tipMinor, p.currency),
    molliePaymentId: p.molliePaymentId,
    fiscalDayId: p.fiscalDayId,
    paidAt: at.toISOString(),
  });

export const paymentFailed = (p: Payment, status: 'failed' | 'canceled' | 'expired', at: Date) =>
  PaymentFailedV1.create(meta(p, p.id, at), {
    paymentId: p.id,
    billId: p.billId,
    orderId: p.orderId,
    amount: money(p.amountMinor + p.tipMinor, p.currency),
    status,
    molliePaymentId: p.molliePaymentId,
    at: at.toISOString(),
  });

export const paymentRefunded = (p: Payment, r: Refund, refundedTotal: number, at: Date) =>
  PaymentRefundedV1.create(meta(p, p.id, at), {
    refundId: r.id,
    paymentId: p.id,
    billId: p.billId,
    orderId: p.orderId,
    method: r.method,
    amount: money(r.amountMinor, r.currency),
    refundedTotal: money(refundedTotal, r.currency),
    reason: r.reason,
    fiscalDayId: r.fiscalDayId,
    at: at.toISOString(),
  });

/** The bill as a receipt shows it: what the fiscal POS signs. */
export const billPaid = (b: Bill, order: BillableOrder, paid: readonly Payment[], at: Date) =>
  BillPaidV1.create(meta(b, b.id, at), {
    billId: b.id,
    orderId: b.orderId,
    number: b.number,
    year: b.year,
    total: money(b.totalMinor, b.currency),
    tips: money(
      paid.reduce((sum, p) => sum + p.tipMinor, 0),
      b.currency,
    ),
    paymentIds: paid.map((p) => p.id),
    paidAt: at.toISOString(),
    orderNumber: order.orderNumber,
    orderType: order.type,
    tableLabel: order.tableLabel,
    lines: b.lines.map((l) => {
      const line = order.lines.find((o) => o.lineId === l.lineId);
      return {
        lineId: l.lineId,
        productId: line?.productId ?? l.lineId,
        name: line?.name ?? 'Artikel',
        quantity: Math.round(((line?.quantity ?? 1) * l.share.parts * 1000) / l.share.of) / 1000,
        amount: money(l.amountMinor, b.currency),
        taxRateBps: l.taxRateBps,
        modifiers: line?.modifiers.map((m) => m.name) ?? [],
      };
    }),
    discount: b.discountMinor > 0 ? money(b.discountMinor, b.currency) : null,
    serviceCharge: b.serviceChargeMinor > 0 ? money(b.serviceChargeMinor, b.currency) : null,
    taxes: [...b.taxByRate].map(([rateBps, amount]) => ({
      rateBps,
      amount: money(amount, b.currency),
    })),
    payments: paid.map((p) => ({
      paymentId: p.id,
      method: p.method,
      amount: money(p.amountMinor, p.currency),
      tip: money(p.tipMinor, p.currency),
    })),
  });

export const orderPaid = (b: Bill, paidMinor: number, at: Date) =>
  OrderPaidV1.create(meta(b, b.orderId, at), {
    orderId: b.orderId,
    paid: money(paidMinor, b.currency),
    paidAt: at.toISOString(),
  });
