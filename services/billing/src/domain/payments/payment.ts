import type { PaymentStatus } from '@brigade/contracts';

export type PaymentMethod = 'mollie' | 'cash' | 'card' | 'marketplace';

/** A payment of (part of) a bill, as billing keeps it. Amounts in minor units. */
export interface Payment {
  id: string;
  tenantId: string;
  locationId: string;
  orderId: string;
  billId: string;
  fiscalDayId: string;
  method: PaymentMethod;
  status: PaymentStatus;
  amountMinor: number;
  tipMinor: number;
  currency: string;
  tenderedMinor: number | null;
  changeMinor: number | null;
  registerSessionId: string | null;
  terminalReference: string | null;
  molliePaymentId: string | null;
  /** Sent to Mollie with every create call for this payment: a retry never makes a second one. */
  idempotencyKey: string;
  /** The client's Idempotency-Key and a hash of its request: a retry finds this payment. */
  requestKey: string;
  requestHash: string;
  checkoutUrl: string | null;
  redirectUrl: string | null;
  refundedMinor: number;
  createdBy: string;
  createdAt: Date;
  statusChangedAt: Date;
  paidAt: Date | null;
}

export const IN_FLIGHT: readonly PaymentStatus[] = ['creating', 'open', 'pending', 'authorized'];
export const FAILED: readonly PaymentStatus[] = ['failed', 'canceled', 'expired'];

/** How far along a payment is; a status only ever moves to a higher rank. */
const RANK: Record<PaymentStatus, number> = {
  creating: 0,
  open: 1,
  pending: 2,
  authorized: 3,
  paid: 4,
  failed: 4,
  canceled: 4,
  expired: 4,
};

/**
 * Whether a payment may move from `from` to `to`. Monotonic: webhooks arrive late, twice and
 * out of order, so an older status never overwrites a newer one, and a final one is final.
 */
export function canMove(from: PaymentStatus, to: PaymentStatus): boolean {
  return RANK[to] > RANK[from];
}

export const isFinal = (status: PaymentStatus) => RANK[status] === 4;
