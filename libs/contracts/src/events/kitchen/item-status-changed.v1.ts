import { z } from 'zod';
import { defineEvent, type EventOf } from '../../define-event';
import { Id } from '../../shared/ids';

/** Cooks moved items on the line: started, done, or handed to the pass and served. */
export const KitchenItemStatusChangedV1 = defineEvent({
  type: 'kitchen.item-status-changed.v1',
  aggregate: 'ticket',
  description:
    'Items of a ticket moved to preparing, ready or served. A line cooked at several stations is ready once every one of them has it ready. Consumed by orders (item and order statuses).',
  payload: z.object({
    ticketId: Id,
    orderId: Id,
    /** The station whose screen moved them (its code, e.g. `grill`). */
    station: z.string().min(1).default('kitchen'),
    lineIds: z.array(Id).min(1),
    status: z.enum(['preparing', 'ready', 'served']),
    changedAt: z.iso.datetime(),
  }),
});
export type KitchenItemStatusChangedV1 = EventOf<typeof KitchenItemStatusChangedV1>;
