import { z } from 'zod';
import { defineEvent, type EventOf } from '../../define-event';
import { Id } from '../../shared/ids';

/** Who sits where: guest count, alias, table. Billing needs the party size (service charge). */
export const OrderDetailsChangedV1 = defineEvent({
  type: 'order.details-changed.v1',
  aggregate: 'order',
  description: 'The guest count, alias, customer name or table of an order changed.',
  payload: z.object({
    orderId: Id,
    guestCount: z.number().int().min(1).nullable(),
    alias: z.string().nullable(),
    customerName: z.string().nullable(),
    tableLabel: z.string().nullable(),
    tableSessionId: Id.nullable(),
    changedAt: z.iso.datetime(),
  }),
});
export type OrderDetailsChangedV1 = EventOf<typeof OrderDetailsChangedV1>;
