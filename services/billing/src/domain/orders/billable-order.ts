import type { OrderLine } from '@brigade/contracts';

export interface BillableOrder {
  orderId: string;
  tenantId: string;
  locationId: string;
  orderNumber: number;
  lines: OrderLine[];
  totalMinor: number;
  currency: string;
  orderVersion: number;
  placedAt: Date;
}
