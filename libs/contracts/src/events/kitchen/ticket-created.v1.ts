import { z } from 'zod';
import { defineEvent, type EventOf } from '../../define-event';
import { Id } from '../../shared/ids';

/** kitchen stored a ticket for fired items. Consumed by orders (the order is in the kitchen). */
export const KitchenTicketCreatedV1 = defineEvent({
  type: 'kitchen.ticket-created.v1',
  aggregate: 'ticket',
  description: 'A kitchen ticket was stored for fired items of an order.',
  payload: z.object({
    ticketId: Id,
    orderId: Id,
    fireId: Id,
    station: z.string().min(1),
    lineIds: z.array(Id).min(1),
    createdAt: z.iso.datetime(),
  }),
});
export type KitchenTicketCreatedV1 = EventOf<typeof KitchenTicketCreatedV1>;
