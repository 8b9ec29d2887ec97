import { randomBytes } from 'node:crypto';

export type PaymentStatus =
  'open' | 'pending' | 'authorized' | 'paid' | 'failed' | 'canceled' | 'expired';
export type RefundStatus = 'queued' | 'pending' | 'processing' | 'refunded' | 'failed' | 'canceled';

export interface Amount {
  currency: string;
  value: string;
}

/** A payment as the simulator keeps it; `toJson` renders it as Mollie does. */
export interface SimPayment {
  id: string;
  createdAt: string;
  amount: Amount;
  description: string;
  redirectUrl: string | null;
  webhookUrl: string | null;
  metadata: Record<string, unknown> | null;
  status: PaymentStatus;
  expiresAt: string;
  paidAt?: string;
  failedAt?: string;
  canceledAt?: string;
  expiredAt?: string;
  refunds: SimRefund[];
}

export interface SimRefund {
  id: string;
  paymentId: string;
  createdAt: string;
  amount: Amount;
  description: string;
  metadata: Record<string, unknown> | null;
  status: RefundStatus;
}

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
/** Mollie's ids: a prefix and ten random letters or digits (`tr_7UhSN1zuXS`). */
export const mollieId = (prefix: 'tr' | 're') =>
  `${prefix}_${[...randomBytes(10)].map((b) => ALPHANUMERIC[b % ALPHANUMERIC.length]).join('')}`;

export const FINAL: readonly PaymentStatus[] = ['paid', 'failed', 'canceled', 'expired'];

const cents = (a: Amount) => Math.round(Number(a.value) * 100);
const amountOf = (minor: number, currency: string): Amount => ({
  currency,
  value: (minor / 100).toFixed(2),
});

/** What is refunded and what is left, counting refunds not failed or canceled. */
export function refundTotals(p: SimPayment) {
  const refunded = p.refunds
    .filter((r) => r.status !== 'failed' && r.status !== 'canceled')
    .reduce((sum, r) => sum + cents(r.amount), 0);
  return { refunded, remaining: cents(p.amount) - refunded };
}

export function paymentJson(p: SimPayment, origin: string) {
  const { refunded, remaining } = refundTotals(p);
  const self = `${origin}/v2/payments/${p.id}`;
  return {
    resource: 'payment',
    id: p.id,
    mode: 'test',
    createdAt: p.createdAt,
    amount: p.amount,
    description: p.description,
    method: p.status === 'open' ? null : 'ideal',
    metadata: p.metadata,
    status: p.status,
    isCancelable: p.status === 'open',
    expiresAt: p.expiresAt,
    ...(p.paidAt && { paidAt: p.paidAt }),
    ...(p.failedAt && { failedAt: p.failedAt }),
    ...(p.canceledAt && { canceledAt: p.canceledAt }),
    ...(p.expiredAt && { expiredAt: p.expiredAt }),
    ...(p.status === 'paid' && {
      amountRefunded: amountOf(refunded, p.amount.currency),
      amountRemaining: amountOf(remaining, p.amount.currency),
    }),
    profileId: 'pfl_brigadesim',
    sequenceType: 'oneoff',
    redirectUrl: p.redirectUrl,
    webhookUrl: p.webhookUrl,
    _links: {
      self: { href: self, type: 'application/hal+json' },
      ...(p.status === 'open' && {
        checkout: { href: `${origin}/checkout/${p.id}`, type: 'text/html' },
      }),
      ...(p.refunds.length > 0 && {
        refunds: { href: `${self}/refunds`, type: 'application/hal+json' },
      }),
      dashboard: { href: `${origin}/dashboard/payments/${p.id}`, type: 'text/html' },
      documentation: {
        href: 'https://docs.mollie.com/reference/get-payment',
        type: 'text/html',
      },
    },
  };
}

export function refundJson(r: SimRefund, origin: string) {
  return {
    resource: 'refund',
    id: r.id,
    amount: r.amount,
    status: r.status,
    createdAt: r.createdAt,
    description: r.description,
    metadata: r.metadata,
    paymentId: r.paymentId,
    _links: {
      self: {
        href: `${origin}/v2/payments/${r.paymentId}/refunds/${r.id}`,
        type: 'application/hal+json',
      },
      payment: { href: `${origin}/v2/payments/${r.paymentId}`, type: 'application/hal+json' },
      documentation: { href: 'https://docs.mollie.com/reference/create-refund', type: 'text/html' },
    },
  };
}

/** Mollie's error body (`application/hal+json`). */
export const errorJson = (status: number, title: string, detail: string, field?: string) => ({
  status,
  title,
  detail,
  ...(field && { field }),
  _links: {
    documentation: { href: 'https://docs.mollie.com/overview/handling-errors', type: 'text/html' },
  },
});

export { cents, amountOf };
