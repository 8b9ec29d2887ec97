import { z } from 'zod';
import { defineEvent, type EventOf } from '../../define-event';
import { Channel, OrderType } from '../../shared/channel';
import { Id } from '../../shared/ids';

/** Items of an order were sent to the kitchen. Consumed by kitchen, which makes tickets. */
export const OrderItemsFiredV1 = defineEvent({
  type: 'order.items-fired.v1',
  aggregate: 'order',
  description:
    'Items were fired to the kitchen. Carries everything a ticket shows, so kitchen never asks orders.',
  payload: z.object({
    orderId: Id,
    orderNumber: z.number().int().min(1),
    /** One id per fire: a kitchen makes one ticket per station per fire. */
    fireId: Id,
    type: OrderType,
    channel: Channel,
    tableLabel: z.string().nullable(),
    customerName: z.string().nullable(),
    /** The dining area of the order's table (null without a table): kitchen routes by it. */
    diningAreaId: Id.nullable().default(null),
    items: z
      .array(
        z.object({
          lineId: Id,
          productId: Id,
          /** Routing: kitchen sends items by product, category and chosen modifier options. */
          categoryId: Id.nullable().default(null),
          name: z.string().min(1),
          quantity: z.number().int().min(1),
          notes: z.string().nullable(),
          /** Chosen options, as the kitchen reads them ("ohne Zwiebeln", "medium"). */
          modifiers: z.array(z.string().min(1)),
          modifierOptionIds: z.array(Id).default([]),
          /** The product's allergens when it was ordered (EU 1169/2011 names), printed and shown prominently. */
          allergens: z.array(z.string().min(1)).default([]),
          seat: z.number().int().min(1).nullable(),
          course: z.number().int().min(1).nullable(),
          /** The channel the line came from; screens colour tickets by it. */
          source: Channel,
        }),
      )
      .min(1),
    firedAt: z.iso.datetime(),
  }),
});
export type OrderItemsFiredV1 = EventOf<typeof OrderItemsFiredV1>;
