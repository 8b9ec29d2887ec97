import type { FiscalReceipt } from '@brigade/contracts';
import type { Discount } from './adjust-bill';
import type { DraftBill } from './split-order';

export type BillStatus = 'open' | 'paid' | 'voided';

/**
 * A stored bill: a draft with its number, and who made it from which order version.
 * `totalMinor` is what the guest pays: the lines' `subtotalMinor`, less a discount, plus
 * a service charge; `taxByRate` is the VAT contained in that total.
 */
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
  /** The fiscal day it belongs to; null only for bills made before fiscal days existed. */
  fiscalDayId: string | null;
  subtotalMinor: number;
  discountMinor: number;
  discount: Discount | null;
  serviceChargeMinor: number;
  /** The VAT the split gave the lines, before any discount or service charge. */
  splitTaxByRate: Map<number, number>;
  serviceChargeBps: number;
  paidAt: Date | null;
  /** The fiscal register's signed receipt, once pos-adapter reported it. */
  fiscalReceipt: FiscalReceipt | null;
}
