import type { Channel, OrderType } from '@brigade/contracts';
import type { PricedModifier } from '../menu/ports';

export type OrderStatus =
  'draft' | 'sent_to_kitchen' | 'partially_served' | 'served' | 'paid' | 'cancelled';
export type ItemStatus = 'pending' | 'preparing' | 'ready' | 'served' | 'cancelled';

export interface OrderLine {
  id: string;
  productId: string;
  categoryId: string | null;
  name: string;
  quantity: number;
  baseUnitPriceMinor: number;
  unitPriceMinor: number;
  priceRule: string | null;
  modifiers: PricedModifier[];
  taxRateBps: number;
  totalMinor: number;
  notes: string | null;
  /** The product's allergens when it was ordered. */
  allergens: string[];
  seat: number | null;
  course: number | null;
  round: number;
  /** The channel it was ordered through: one tab mixes QR, waiter and phone lines. */
  source: Channel;
  /** Who added it (an actor key: `apikey:…` or `user:…`). */
  addedBy: string;
  /** Waits for an explicit fire (a later course). */
  held: boolean;
  firedAt: Date | null;
  fireId: string | null;
  /** When the kitchen confirmed its ticket. */
  sentAt: Date | null;
  status: ItemStatus;
  comped: boolean;
  compReason: string | null;
  voidReason: string | null;
}

export interface Order {
  id: string;
  tenantId: string;
  locationId: string;
  orderNumber: number;
  type: OrderType;
  /** Where the order was opened; each line keeps its own source. */
  channel: Channel;
  status: OrderStatus;
  tableLabel: string | null;
  tableSessionId: string | null;
  /** The dining area of the order's table: the kitchen routes by it. */
  diningAreaId: string | null;
  customerName: string | null;
  guestCount: number | null;
  alias: string | null;
  mergedIntoOrderId: string | null;
  cancelReason: string | null;
  /** How many rounds were ordered so far. */
  rounds: number;
  lines: OrderLine[];
  /** What will be charged: lines neither cancelled nor comped. */
  totalMinor: number;
  currency: string;
  version: number;
  createdAt: Date;
}

/** What a line costs the guest: nothing once cancelled or comped. */
export function chargedMinor(line: OrderLine): number {
  return line.status === 'cancelled' || line.comped ? 0 : line.totalMinor;
}

/** The order total in minor units: what billing will charge. */
export function orderTotal(lines: readonly OrderLine[]): number {
  return lines.reduce((sum, l) => sum + chargedMinor(l), 0);
}

export const isOpen = (order: Order) => order.status !== 'paid' && order.status !== 'cancelled';
