export type RefundStatus =
  'creating' | 'pending' | 'processing' | 'queued' | 'refunded' | 'failed' | 'canceled';

/** Money given back on a payment: through Mollie, or in cash from a register session. */
export interface Refund {
  id: string;
  paymentId: string;
  tenantId: string;
  locationId: string;
  fiscalDayId: string;
  method: 'mollie' | 'cash';
  status: RefundStatus;
  amountMinor: number;
  currency: string;
  reason: string;
  registerSessionId: string | null;
  mollieRefundId: string | null;
  idempotencyKey: string;
  requestKey: string;
  requestHash: string;
  createdBy: string;
  createdAt: Date;
}
