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
    customerName: z.string().nullable(),
    lines: z.array(
      z.object({
        id: Id,
        productId: Id,
        name: z.string(),
        quantity: z.number().int(),
        unitPrice: Money,
        taxRateBps: TaxRateBps,
        total: Money,
        notes: z.string().nullable(),
      }),
    ),
    total: Money,
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'Order' });
export type OrderResponse = z.infer<typeof OrderResponse>;
