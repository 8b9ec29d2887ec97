import { z } from 'zod';
import { Channel, OrderType } from '../../shared/channel';
import { Id } from '../../shared/ids';
import { defineRoute } from '../define-route';

export const TicketResponse = z
  .object({
    id: Id,
    orderId: Id,
    orderNumber: z.number().int(),
    fireId: Id,
    locationId: Id,
    station: z.string(),
    status: z.enum(['open', 'done']),
    type: OrderType,
    channel: Channel,
    tableLabel: z.string().nullable(),
    customerName: z.string().nullable(),
    items: z.array(
      z.object({
        lineId: Id,
        name: z.string(),
        quantity: z.number().int(),
        notes: z.string().nullable(),
        /** Units cancelled after fire: strike them. */
        voidedQuantity: z.number().int(),
        status: z.enum(['pending', 'preparing', 'ready', 'cancelled']),
      }),
    ),
    firedAt: z.iso.datetime(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'Ticket' });
export type TicketResponse = z.infer<typeof TicketResponse>;

export const listTicketsRoute = defineRoute({
  method: 'get',
  path: '/v1/tickets',
  summary: 'List kitchen tickets of one order',
  tag: 'tickets',
  request: { query: z.object({ orderId: Id }) },
  response: {
    status: 200,
    description: 'The tickets, oldest first',
    body: z.object({ items: z.array(TicketResponse) }),
  },
  problems: [],
});

export const StationLoadResponse = z
  .object({
    items: z.array(
      z.object({
        station: z.string(),
        /** Open tickets with something still to cook. */
        ticketsWaiting: z.number().int(),
        /** Units on them not ready yet; struck units are not counted. */
        unitsWaiting: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'StationLoad' });

export const stationLoadRoute = defineRoute({
  method: 'get',
  path: '/v1/locations/:locationId/kitchen-load',
  summary: 'What waits at each station: open tickets and units not ready (also on /metrics)',
  tag: 'kitchen',
  request: { params: z.object({ locationId: Id }) },
  response: { status: 200, description: 'Per station', body: StationLoadResponse },
  problems: [],
});
