import type { OrderLine, OrderType } from '@brigade/contracts';

/** `active` lines are charged unless comped; `cancelled` ones (voided units) are not. */
export type LineStatus = 'active' | 'cancelled';

/** An order line as billing keeps it: the priced line plus its billing state. */
export interface BillableLine extends OrderLine {
  status: LineStatus;
}

/** `cancelled`: cancelled by hand, or emptied into another order by a merge. */
export type BillableOrderStatus = 'open' | 'cancelled';

export interface BillableOrder {
  orderId: string;
  tenantId: string;
  locationId: string;
  orderNumber: number;
  /** Unknown (null) for views built before billing kept it. */
  type: OrderType | null;
  status: BillableOrderStatus;
  tableLabel: string | null;
  customerName: string | null;
  alias: string | null;
  /** The party size (service charges depend on it). */
  guestCount: number | null;
  /** The order version the details above are from: an older details change is stale. */
  detailsVersion: number;
  mergedIntoOrderId: string | null;
  /** In the order's own order; a split-off line sits right after the line it came from. */
  lines: BillableLine[];
  /** What there is to pay: always the charged sum of the lines. */
  totalMinor: number;
  currency: string;
  /** The newest order version applied. */
  orderVersion: number;
  /** Every order version applied: a redelivered fact is recognised even with a new message id. */
  appliedVersions: number[];
  /** When the order was placed (or opened by a move). */
  placedAt: Date;
}

/** What a line costs the guest: nothing once cancelled or comped (the rule orders applies). */
export function chargedMinor(line: BillableLine): number {
  return line.status === 'cancelled' || line.comped ? 0 : line.total.amountMinor;
}

export function chargedTotal(lines: readonly BillableLine[]): number {
  return lines.reduce((sum, line) => sum + chargedMinor(line), 0);
}

/** Lines as an event carries them, all still charged as they were priced. */
export const activeLines = (lines: readonly OrderLine[]): BillableLine[] =>
  lines.map((line) => ({ ...line, status: 'active' }));
