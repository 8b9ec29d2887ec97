import type { DraftBill } from './split-order';

export type BillStatus = 'open' | 'paid' | 'voided';

/** A stored bill: a draft with its number, and who made it from which order version. */
export interface Bill extends DraftBill {
  id: string;
  tenantId: string;
  locationId: string;
  orderId: string;
  year: number;
  number: number;
  status: BillStatus;
  currency: string;
  orderVersion: number;
  createdBy: string;
  createdAt: Date;
}
