import type { FiscalPushStatus, FiscalReceipt } from '@brigade/contracts';
import type { PosOrderPayload } from './pos-order';

export type FailureKind = 'permanent' | 'transient';

/** A paid bill on its way to the fiscal POS (see the migration for the why of each part). */
export interface FiscalPush {
  id: string;
  tenantId: string;
  locationId: string;
  orderId: string;
  billId: string;
  billNumber: number;
  totalMinor: number;
  currency: string;
  posOrder: PosOrderPayload;
  status: FiscalPushStatus;
  generation: number;
  posKey: string;
  keySent: boolean;
  queueJobId: string;
  attempts: number;
  lastError: string | null;
  failure: { kind: FailureKind; reason: string; at: Date } | null;
  posOrderId: string | null;
  posStatus: string | null;
  receipt: FiscalReceipt | null;
  fiscalizedAt: Date | null;
  refundedMinor: number;
  lastPolledAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface OperatorAction {
  id: string;
  pushId: string;
  action: 'resend' | 'mark-handled' | 'refund';
  actor: string;
  reason: string;
  at: Date;
}

/** The key the POS dedupes on: the bill, and which re-send after a refusal this is. */
export const posKeyOf = (billId: string, generation: number) =>
  generation === 0 ? `brigade-bill-${billId}` : `brigade-bill-${billId}-r${generation}`;

/** Still ours to push or to follow at the POS. */
export const isOpen = (p: FiscalPush) =>
  p.status === 'pending' || p.status === 'accepted' || p.status === 'processing';
