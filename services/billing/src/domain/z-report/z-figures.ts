import type { Channel } from '@brigade/contracts';

/** A bill of the day (paid or open) with the channel each of its lines was ordered through. */
export interface DayBill {
  year: number;
  number: number;
  status: 'open' | 'paid';
  currency: string;
  totalMinor: number;
  subtotalMinor: number;
  discountMinor: number;
  serviceChargeMinor: number;
  /** VAT in the total per rate, as the bill states it. */
  taxByRate: [number, number][];
  /** `source` is null for a line the order view no longer holds. */
  lines: { amountMinor: number; taxRateBps: number; source: Channel | null }[];
}

/** A line of an order billed on the day, as the order view keeps it. */
export interface DayOrderLine {
  status: 'active' | 'cancelled';
  comped: boolean;
  totalMinor: number;
}

export interface MethodTotals {
  method: 'mollie' | 'cash' | 'card' | 'marketplace';
  currency: string;
  count: number;
  amountMinor: number;
  tipsMinor: number;
}

export interface RefundTotals {
  method: 'mollie' | 'cash';
  count: number;
  amountMinor: number;
}

/** What a Z report is computed from, read in one transaction. */
export interface ZReportSource {
  /** The day's paid and open bills, by year and number. */
  billsOf(fiscalDayId: string): Promise<DayBill[]>;
  /** Every line of the orders that have a paid or open bill of the day. */
  orderLinesOf(fiscalDayId: string): Promise<DayOrderLine[]>;
  /** Paid payments of the day per method. */
  paymentsOf(fiscalDayId: string): Promise<MethodTotals[]>;
  /** Refunded refunds of the day per method. */
  refundsOf(fiscalDayId: string): Promise<RefundTotals[]>;
}
