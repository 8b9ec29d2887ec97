import { z } from 'zod';
import { defineEvent, type EventOf } from '../../define-event';
import { Id } from '../../shared/ids';

/** Cooks moved items on the line: started, done, or handed to the pass and served. */
export const KitchenItemsStatusChangedV1 = defineEvent({
  type: 'kitchen.items-status-changed.v1',
  aggregate: 'ticket',
  description:
    'Items of a ticket moved to preparing, ready or served. Consumed by orders (item and order statuses).',
  payload: z.object({
    ticketId: Id,
    orderId: Id,
    lineIds: z.array(Id).min(1),
    status: z.enum(['preparing', 'ready', 'served']),
    changedAt: z.iso.datetime(),
  }),
});
export type KitchenItemsStatusChangedV1 = EventOf<typeof KitchenItemsStatusChangedV1>;
