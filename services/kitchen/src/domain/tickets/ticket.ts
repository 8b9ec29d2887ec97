import type { Channel, OrderType } from '@brigade/contracts';

export interface TicketItem {
  id: string;
  lineId: string;
  name: string;
  quantity: number;
  notes: string | null;
  /** Units struck after fire: the guest cancelled them. */
  voidedQuantity: number;
  status: 'pending' | 'preparing' | 'ready' | 'cancelled';
}

/** What one station gets for one fire of an order. */
export interface Ticket {
  id: string;
  tenantId: string;
  locationId: string;
  orderId: string;
  orderNumber: number;
  fireId: string;
  station: string;
  status: 'open' | 'done';
  type: OrderType;
  channel: Channel;
  tableLabel: string | null;
  customerName: string | null;
  items: TicketItem[];
  firedAt: Date;
  createdAt: Date;
}

/** Until stations and routing rules exist, every item goes to this one. */
export const DEFAULT_STATION = 'kitchen';
