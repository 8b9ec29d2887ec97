import { z } from 'zod';
import { defineEvent, type EventOf } from '../../define-event';
import { Channel, OrderType } from '../../shared/channel';
import { Id } from '../../shared/ids';
import { Money } from '../../shared/money';
import { OrderLine } from './order-line';

/** orders accepted and stored an order. Consumed by billing (its view of the order). */
export const OrderPlacedV1 = defineEvent({
  type: 'order.placed.v1',
  aggregate: 'order',
  description: 'An order was accepted and stored, with server-side prices and tax snapshots.',
  payload: z.object({
    orderId: Id,
    orderNumber: z.number().int().min(1),
    type: OrderType,
    channel: Channel,
    tableLabel: z.string().nullable(),
    customerName: z.string().nullable(),
    lines: z.array(OrderLine).min(1),
    total: Money,
    placedAt: z.iso.datetime(),
  }),
});
export type OrderPlacedV1 = EventOf<typeof OrderPlacedV1>;
