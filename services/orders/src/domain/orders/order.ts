import type { Channel, OrderType } from '@brigade/contracts';

export type OrderStatus =
  'draft' | 'sent_to_kitchen' | 'partially_served' | 'served' | 'paid' | 'cancelled';
export type ItemStatus = 'pending' | 'preparing' | 'ready' | 'served' | 'cancelled';

export interface OrderLine {
  id: string;
  productId: string;
  name: string;
  quantity: number;
  unitPriceMinor: number;
  taxRateBps: number;
  totalMinor: number;
  notes: string | null;
  status: ItemStatus;
}

export interface Order {
  id: string;
  tenantId: string;
  locationId: string;
  orderNumber: number;
  type: OrderType;
  channel: Channel;
  status: OrderStatus;
  tableLabel: string | null;
  customerName: string | null;
  lines: OrderLine[];
  totalMinor: number;
  currency: string;
  version: number;
  createdAt: Date;
}

/** The order total: the sum of its line totals that are not cancelled, in minor units. */
export function orderTotal(lines: readonly OrderLine[]): number {
  return lines.filter((l) => l.status !== 'cancelled').reduce((sum, l) => sum + l.totalMinor, 0);
}
