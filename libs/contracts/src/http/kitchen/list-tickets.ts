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
    diningAreaId: Id.nullable(),
    items: z.array(
      z.object({
        id: Id,
        lineId: Id,
        productId: Id.nullable(),
        name: z.string(),
        quantity: z.number().int(),
        notes: z.string().nullable(),
        course: z.number().int().nullable(),
        seat: z.number().int().nullable(),
        modifiers: z.array(z.string()),
        allergens: z.array(z.string()),
        /** Where the line was ordered (QR, POS, phone, a marketplace). */
        source: Channel.nullable(),
        /** Units cancelled after fire: strike them. */
        voidedQuantity: z.number().int(),
        status: z.enum(['pending', 'preparing', 'ready', 'cancelled']),
        startedAt: z.iso.datetime().nullable(),
        readyAt: z.iso.datetime().nullable(),
      }),
    ),
    firedAt: z.iso.datetime(),
    createdAt: z.iso.datetime(),
    /** When it was bumped off the screens (null while open). */
    bumpedAt: z.iso.datetime().nullable(),
    /** Goes up with every change; a screen keeps the highest it saw. */
    version: z.number().int(),
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
