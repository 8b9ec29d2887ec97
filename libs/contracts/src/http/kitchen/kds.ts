import { z } from 'zod';
import { Id } from '../../shared/ids';
import { LiveEventId } from '../live/watch-location';
import { defineRoute } from '../define-route';
import { TicketResponse } from './list-tickets';
import { StationResponse } from './stations';

const stationParams = z.object({ stationId: Id });
const ticketParams = z.object({ ticketId: Id });

export const StationBoardResponse = z
  .object({
    station: StationResponse,
    /** Open tickets, oldest first: what the screen shows. */
    tickets: z.array(TicketResponse),
    /** The last tickets bumped, newest first: what a recall can bring back. */
    recentlyBumped: z.array(TicketResponse),
    /** Units still to cook at this station, per item name (struck units left out). */
    allDay: z.array(z.object({ name: z.string(), quantity: z.number().int() })),
    /** How the screen names the allergen codes of the items (the kitchen's language). */
    allergenLabels: z.record(z.string(), z.string()),
  })
  .meta({ id: 'StationBoard' });
export type StationBoardResponse = z.infer<typeof StationBoardResponse>;

export const stationBoardRoute = defineRoute({
  method: 'get',
  path: '/v1/stations/:stationId/board',
  summary: "A station's screen: open tickets, tickets to recall and all-day counts",
  tag: 'kds',
  request: { params: stationParams },
  response: { status: 200, description: 'The board', body: StationBoardResponse },
  problems: [],
});

const STREAM_DESCRIPTION = [
  "A `text/event-stream` of the station's tickets: `ready` first (its `id` the starting",
  'position: load the board after it), then one `ticket` event per change, its `data` the',
  'whole ticket (a Ticket, with `version`: keep the highest). Reconnect with `Last-Event-ID`',
  '(EventSource does) or `?after=` to get exactly what was missed; `reset` instead of `ready`',
  'means the resume point is too old: reload the board.',
].join(' ');

export const watchStationRoute = defineRoute({
  method: 'get',
  path: '/v1/stations/:stationId/stream',
  summary: "Follow a station's tickets live (Server-Sent Events)",
  tag: 'kds',
  request: {
    params: stationParams,
    query: z.object({
      after: LiveEventId.optional(),
      screen_key: z.string().optional().meta({
        description:
          "The station's screen key, for EventSource, which cannot send headers; never logged",
      }),
      access_token: z.string().optional().meta({ description: 'A staff token, likewise' }),
    }),
  },
  response: { status: 200, description: STREAM_DESCRIPTION, body: TicketResponse },
  problems: [],
});

export const setItemStatusRoute = defineRoute({
  method: 'post',
  path: '/v1/tickets/:ticketId/items/:itemId/status',
  summary: 'Start an item (preparing) or finish it (ready); the other stations are told',
  tag: 'kds',
  request: {
    params: z.object({ ticketId: Id, itemId: Id }),
    body: z.object({ status: z.enum(['pending', 'preparing', 'ready']) }),
  },
  response: { status: 200, description: 'The ticket', body: TicketResponse },
  problems: ['ticket-done', 'item-cancelled'],
});

export const bumpTicketRoute = defineRoute({
  method: 'post',
  path: '/v1/tickets/:ticketId/bump',
  summary: 'Everything on the ticket is ready: it leaves the screen',
  tag: 'kds',
  request: { params: ticketParams },
  response: { status: 200, description: 'The ticket, done', body: TicketResponse },
  problems: [],
});

export const recallTicketRoute = defineRoute({
  method: 'post',
  path: '/v1/tickets/:ticketId/recall',
  summary: 'Bring a bumped ticket back onto the screen',
  tag: 'kds',
  request: { params: ticketParams },
  response: { status: 200, description: 'The ticket, open again', body: TicketResponse },
  problems: [],
});

export const stationHeartbeatRoute = defineRoute({
  method: 'post',
  path: '/v1/stations/:stationId/heartbeat',
  summary:
    'A screen of the station is alive (KDS pages send one every few seconds); printers are probed by kitchen itself',
  tag: 'kds',
  request: {
    params: stationParams,
    body: z.object({
      /** Stable per screen, e.g. a random id the page keeps. */
      device: z.string().trim().min(1).max(64),
      name: z.string().trim().min(1).max(60).optional(),
    }),
  },
  response: { status: 200, description: 'The station', body: StationResponse },
  problems: [],
});

export const PrepTimesResponse = z
  .object({
    since: z.iso.datetime(),
    items: z.array(
      z.object({
        productId: Id,
        name: z.string(),
        /** Items finished in the window. */
        finished: z.number().int(),
        /** From the ticket reaching the station to the item being ready. */
        averageSeconds: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'PrepTimes' });

export const prepTimesRoute = defineRoute({
  method: 'get',
  path: '/v1/locations/:locationId/prep-times',
  summary: 'Average prep time per product over the last hours (also on /metrics)',
  tag: 'kitchen',
  request: {
    params: z.object({ locationId: Id }),
    query: z.object({
      hours: z.coerce
        .number()
        .int()
        .min(1)
        .max(24 * 30)
        .default(24),
    }),
  },
  response: { status: 200, description: 'Per product', body: PrepTimesResponse },
  problems: [],
});
