import { z } from 'zod';
import { Channel, OrderType } from '../../shared/channel';
import { Id } from '../../shared/ids';
import { Money, TaxRateBps } from '../../shared/money';

export const OrderStatus = z.enum([
  'draft',
  'sent_to_kitchen',
  'partially_served',
  'served',
  'paid',
  'cancelled',
]);

export const ItemStatus = z.enum(['pending', 'preparing', 'ready', 'served', 'cancelled']);

/** One line of an order as the API shows it. */
export const OrderLineResponse = z
  .object({
    id: Id,
    productId: Id,
    name: z.string(),
    quantity: z.number().int(),
    /** The location's price before a time-window rule, without modifiers. */
    basePrice: Money,
    /** One unit as charged: after the rule (`priceRule`), with the modifiers. */
    unitPrice: Money,
    priceRule: z.string().nullable(),
    modifiers: z.array(z.object({ optionId: Id, name: z.string(), priceDelta: Money })),
    taxRateBps: TaxRateBps,
    total: Money,
    notes: z.string().nullable(),
    seat: z.number().int().nullable(),
    course: z.number().int().nullable(),
    round: z.number().int(),
    source: Channel,
    status: ItemStatus,
    held: z.boolean(),
    firedAt: z.iso.datetime().nullable(),
    comped: z.boolean(),
    compReason: z.string().nullable(),
    voidReason: z.string().nullable(),
  })
  .meta({ id: 'OrderLine' });

/** An order as the API shows it. */
export const OrderResponse = z
  .object({
    id: Id,
    orderNumber: z.number().int(),
    locationId: Id,
    type: OrderType,
    channel: Channel,
    status: OrderStatus,
    tableLabel: z.string().nullable(),
    tableSessionId: Id.nullable(),
    customerName: z.string().nullable(),
    guestCount: z.number().int().nullable(),
    alias: z.string().nullable(),
    mergedIntoOrderId: Id.nullable(),
    cancelReason: z.string().nullable(),
    rounds: z.number().int(),
    lines: z.array(OrderLineResponse),
    /** What will be charged: lines neither cancelled nor comped. */
    total: Money,
    version: z.number().int(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'Order' });
export type OrderResponse = z.infer<typeof OrderResponse>;
