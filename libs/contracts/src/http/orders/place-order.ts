import { z } from 'zod';
import { Channel, OrderType } from '../../shared/channel';
import { Id } from '../../shared/ids';
import { defineRoute } from '../define-route';
import { OrderResponse } from './order';

const label = z.string().trim().min(1).max(60);

export const PlaceOrderRequest = z
  .object({
    locationId: Id,
    type: OrderType,
    channel: Channel,
    tableLabel: label.optional(),
    customerName: label.optional(),
    lines: z
      .array(
        z.object({
          productId: Id,
          quantity: z.number().int().min(1).max(99),
          notes: z.string().trim().max(200).optional(),
          /** What the client showed the guest; only a hint, the server prices. */
          displayedUnitPriceMinor: z.number().int().min(0).optional(),
        }),
      )
      .min(1)
      .max(100),
  })
  .meta({ id: 'PlaceOrderRequest' });
export type PlaceOrderRequest = z.infer<typeof PlaceOrderRequest>;

export const placeOrderRoute = defineRoute({
  method: 'post',
  path: '/v1/orders',
  summary: 'Place an order; its items are fired to the kitchen at once',
  tag: 'orders',
  idempotent: true,
  request: { body: PlaceOrderRequest },
  response: { status: 201, description: 'The order as stored and priced', body: OrderResponse },
  problems: ['location-not-found', 'product-not-found', 'product-unavailable'],
});
