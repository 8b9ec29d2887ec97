import { z } from 'zod';
import { Channel, OrderType } from '../../shared/channel';
import { Id } from '../../shared/ids';
import { defineRoute } from '../define-route';
import { OrderResponse } from './order';

const label = z.string().trim().min(1).max(60);

/** One line as a client asks for it; the server prices it. */
export const LineRequest = z.object({
  productId: Id,
  quantity: z.number().int().min(1).max(99),
  notes: z.string().trim().max(200).optional(),
  modifiers: z
    .array(z.object({ optionId: Id }))
    .max(20)
    .optional(),
  /** Which guest at the table (1…). */
  seat: z.number().int().min(1).max(50).optional(),
  /** 1 starters, 2 mains, 3 desserts…: fire a course with POST /v1/orders/{id}/fire. */
  course: z.number().int().min(1).max(9).optional(),
  /** Keep it back from the kitchen until it is fired. */
  hold: z.boolean().optional(),
  /** What the client showed the guest; only a hint, the server prices. */
  displayedUnitPriceMinor: z.number().int().min(0).optional(),
});

export const PlaceOrderRequest = z
  .object({
    locationId: Id,
    type: OrderType,
    channel: Channel,
    /** The table session a QR guest joined: the lines go to the table's tab. */
    tableSessionToken: z.string().min(16).max(200).optional(),
    /** A table at the location (waiter, phone): joins its open session or opens one. */
    tableId: Id.optional(),
    /** Free-text label where there is no table (a pick-up name, a bar seat). */
    tableLabel: label.optional(),
    customerName: label.optional(),
    guestCount: z.number().int().min(1).max(50).optional(),
    alias: label.optional(),
    lines: z.array(LineRequest).min(1).max(100),
  })
  .meta({ id: 'PlaceOrderRequest' });
export type PlaceOrderRequest = z.infer<typeof PlaceOrderRequest>;

export const placeOrderRoute = defineRoute({
  method: 'post',
  path: '/v1/orders',
  summary:
    'Place an order. At a table (session token or table id) the lines join the table’s open tab as a new round. Items fire at once where the location auto-fires, except held ones.',
  tag: 'orders',
  idempotent: true,
  request: { body: PlaceOrderRequest },
  response: {
    status: 201,
    description: 'The order (or the table’s tab) as stored and priced',
    body: OrderResponse,
  },
  problems: [
    'location-not-found',
    'product-not-found',
    'product-unavailable',
    'modifier-invalid',
    'channel-mismatch',
    'table-session-not-found',
    'table-not-found',
    'insufficient-stock',
    'order-too-large',
  ],
});
