import { z } from 'zod';
import { defineEvent, type EventOf } from '../../define-event';
import { Id } from '../../shared/ids';
import { Money } from '../../shared/money';

/** Every bill of an order is settled. Consumed by orders (the order is paid, the table frees up). */
export const OrderPaidV1 = defineEvent({
  type: 'order.paid.v1',
  aggregate: 'order',
  description:
    'Every bill of an order is paid in full. Orders marks it paid and ends its table session.',
  payload: z.object({
    orderId: Id,
    paid: Money,
    paidAt: z.iso.datetime(),
  }),
});
export type OrderPaidV1 = EventOf<typeof OrderPaidV1>;
