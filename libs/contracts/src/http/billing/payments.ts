import { z } from 'zod';
import { Id } from '../../shared/ids';
import { Money } from '../../shared/money';
import { defineRoute } from '../define-route';

const positive = z.number().int().min(1).max(10_000_000);
const cents = z.number().int().min(0).max(10_000_000);

/**
 * How a bill is paid: online through Mollie (the guest's phone), or at the table in cash or
 * on the restaurant's card terminal, recorded on the register session. `amountMinor` is the
 * part of the bill paid (default: what is still open); a tip comes on top.
 */
export const PaymentRequest = z
  .discriminatedUnion('method', [
    z.object({
      method: z.literal('mollie'),
      amountMinor: positive.optional(),
      tipMinor: cents.default(0),
      /** Where Mollie sends the guest back after the checkout. */
      redirectUrl: z.url({ protocol: /^https?$/ }),
    }),
    z.object({
      method: z.literal('cash'),
      amountMinor: positive.optional(),
      tipMinor: cents.default(0),
      /** Cash handed over; the change is what exceeds amount and tip. Default: exact. */
      tenderedMinor: positive.optional(),
      registerId: Id.optional(),
    }),
    z.object({
      method: z.literal('card'),
      amountMinor: positive.optional(),
      tipMinor: cents.default(0),
      /** The terminal's receipt or transaction number. */
      terminalReference: z.string().trim().min(1).max(100),
      registerId: Id.optional(),
    }),
  ])
  .meta({ id: 'PaymentRequest' });
export type PaymentRequest = z.infer<typeof PaymentRequest>;

export const PaymentStatus = z.enum([
  'creating',
  'open',
  'pending',
  'authorized',
  'paid',
  'failed',
  'canceled',
  'expired',
]);
export type PaymentStatus = z.infer<typeof PaymentStatus>;

export const RefundResponse = z
  .object({
    id: Id,
    paymentId: Id,
    method: z.enum(['mollie', 'cash']),
    status: z.enum([
      'creating',
      'pending',
      'processing',
      'queued',
      'refunded',
      'failed',
      'canceled',
    ]),
    amount: Money,
    reason: z.string(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'Refund' });
export type RefundResponse = z.infer<typeof RefundResponse>;

export const PaymentResponse = z
  .object({
    id: Id,
    billId: Id,
    orderId: Id,
    method: z.enum(['mollie', 'cash', 'card', 'marketplace']),
    status: PaymentStatus,
    amount: Money,
    tip: Money,
    tendered: Money.nullable(),
    change: Money.nullable(),
    /** Mollie's hosted checkout page for the guest, while the payment is open. */
    checkoutUrl: z.string().nullable(),
    molliePaymentId: z.string().nullable(),
    terminalReference: z.string().nullable(),
    registerSessionId: Id.nullable(),
    fiscalDayId: Id,
    refunded: Money,
    refunds: z.array(RefundResponse),
    createdAt: z.iso.datetime(),
    paidAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'Payment' });
export type PaymentResponse = z.infer<typeof PaymentResponse>;

export const BillPaymentsResponse = z
  .object({
    items: z.array(PaymentResponse),
    /** What is still to pay on the bill (paid payments counted; open ones not). */
    due: Money,
    billStatus: z.enum(['open', 'paid', 'voided']),
  })
  .meta({ id: 'BillPayments' });

export const RefundRequest = z
  .object({
    amountMinor: positive,
    reason: z.string().trim().min(3).max(200),
    /** Cash refunds come out of a register session; a Mollie payment is refunded through Mollie. */
    method: z.enum(['mollie', 'cash']).optional(),
    registerId: Id.optional(),
  })
  .meta({ id: 'RefundRequest' });
export type RefundRequest = z.infer<typeof RefundRequest>;

const billParams = z.object({ billId: Id });
const paymentParams = z.object({ paymentId: Id });

export const startPaymentRoute = defineRoute({
  method: 'post',
  path: '/v1/bills/:billId/payments',
  summary:
    'Pay a bill or part of it: online through Mollie (answers with the checkout URL) or at the table in cash or by card terminal. The Idempotency-Key makes a retry return the same payment, never a second one.',
  tag: 'payments',
  idempotent: true,
  request: { params: billParams, body: PaymentRequest },
  response: { status: 201, description: 'The payment', body: PaymentResponse },
  problems: [
    'bill-not-open',
    'amount-exceeds-due',
    'tendered-too-little',
    'register-session-required',
    'register-session-not-open',
    'payment-provider-unavailable',
    'idempotency-key-reused',
  ],
});

export const listBillPaymentsRoute = defineRoute({
  method: 'get',
  path: '/v1/bills/:billId/payments',
  summary: 'The payments of a bill and what is still due',
  tag: 'payments',
  request: { params: billParams },
  response: { status: 200, description: 'The payments', body: BillPaymentsResponse },
  problems: [],
});

export const getPaymentRoute = defineRoute({
  method: 'get',
  path: '/v1/payments/:paymentId',
  summary: 'One payment with its refunds',
  tag: 'payments',
  request: { params: paymentParams },
  response: { status: 200, description: 'The payment', body: PaymentResponse },
  problems: [],
});

export const refundPaymentRoute = defineRoute({
  method: 'post',
  path: '/v1/payments/:paymentId/refunds',
  summary:
    'Refund a paid payment in full or in part, through Mollie or in cash; a manager, or a waiter with a manager approval (action `refund`). The Idempotency-Key makes a retry return the same refund.',
  tag: 'payments',
  idempotent: true,
  request: { params: paymentParams, body: RefundRequest },
  response: { status: 201, description: 'The refund', body: RefundResponse },
  problems: [
    'payment-not-paid',
    'refund-exceeds-payment',
    'approval-required',
    'register-session-required',
    'payment-provider-unavailable',
    'idempotency-key-reused',
  ],
});

export const MollieWebhookRequest = z.object({ id: z.string().max(100) }).meta({
  id: 'MollieWebhook',
});

export const mollieWebhookRoute = defineRoute({
  method: 'post',
  path: '/v1/webhooks/mollie',
  summary:
    "Mollie's payment webhook (`id=tr_…`, URL-encoded). Always answered 200 at once; the payment is fetched from Mollie and applied in a background job.",
  tag: 'webhooks',
  bodyType: 'form',
  request: { body: MollieWebhookRequest },
  response: { status: 200, description: 'Received', body: z.object({ received: z.boolean() }) },
  problems: [],
});
