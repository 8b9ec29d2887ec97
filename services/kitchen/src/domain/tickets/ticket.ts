import type { Channel, OrderType } from '@brigade/contracts';

export type TicketItemStatus = 'pending' | 'preparing' | 'ready' | 'cancelled';

export interface TicketItem {
  id: string;
  lineId: string;
  /** Null on tickets stored before routing existed. */
  productId: string | null;
  name: string;
  quantity: number;
  notes: string | null;
  course: number | null;
  seat: number | null;
  modifiers: string[];
  allergens: string[];
  /** The channel the line came from (QR, POS, phone, marketplace); the order's when unknown. */
  source: Channel | null;
  /** Units struck after fire: the guest cancelled them. */
  voidedQuantity: number;
  status: TicketItemStatus;
  startedAt: Date | null;
  readyAt: Date | null;
}

/** What one station gets for one fire of an order. */
export interface Ticket {
  id: string;
  tenantId: string;
  locationId: string;
  orderId: string;
  orderNumber: number;
  fireId: string;
  /** The station's code. */
  station: string;
  /** `done` once bumped off the screen; a recall opens it again. */
  status: 'open' | 'done';
  type: OrderType;
  channel: Channel;
  tableLabel: string | null;
  customerName: string | null;
  diningAreaId: string | null;
  items: TicketItem[];
  firedAt: Date;
  createdAt: Date;
  bumpedAt: Date | null;
  /** Goes up with every change screens must redraw; they keep the newest. */
  version: number;
}

/** Where everything goes at a location that has not set up stations. */
export const DEFAULT_STATION = 'kitchen';
