import { z } from 'zod';
import { Id } from '../../shared/ids';
import { defineRoute } from '../define-route';

/** What a live entry is about; the stream names its events by it. */
export const LiveTopic = z.enum(['order', 'table', 'menu', 'stock']);
export type LiveTopic = z.infer<typeof LiveTopic>;

/** A position in a location's live stream, as the stream hands it out; opaque to clients. */
export const LiveEventId = z
  .string()
  .regex(/^\d{1,20}-\d{1,19}$/, 'an event id of this stream')
  .meta({ description: 'A position in the stream, as sent in an event `id`; opaque' });

/** One change, as the `data` of a stream event named by its topic. */
export const LiveEvent = z
  .object({
    id: LiveEventId,
    topic: LiveTopic,
    /** What happened, e.g. `order.items-fired`, `table.status-changed`. */
    type: z.string(),
    subjectId: z.string(),
    /** What a screen needs to show the change; depends on `type`. */
    data: z.record(z.string(), z.unknown()),
    at: z.iso.datetime(),
  })
  .meta({ id: 'LiveEvent' });
export type LiveEvent = z.infer<typeof LiveEvent>;

const TOPICS = LiveTopic.options.join('|');

export const WatchLocationQuery = z.object({
  /** Resume after this event; `Last-Event-ID` (sent by EventSource on reconnect) wins. */
  after: LiveEventId.optional(),
  /** Comma-separated; every topic when absent. */
  topics: z
    .string()
    .regex(new RegExp(`^(${TOPICS})(,(${TOPICS}))*$`), `comma-separated: ${TOPICS}`)
    .optional(),
  access_token: z.string().optional().meta({
    description:
      'The staff token, for EventSource, which cannot send Authorization; accepted on this route only, never logged',
  }),
});

const STREAM_DESCRIPTION = [
  'A `text/event-stream` (Server-Sent Events) of the changes at the location, in a stable',
  'order, every committed change exactly once. It opens with `ready` (its `id` the starting',
  'position: load your state after it), then one event per change, named by its topic',
  '(`order`, `table`, `menu`, `stock`), `id` its position and `data` one LiveEvent (the',
  'schema below). A comment every 15 s keeps it open. Reconnect with `Last-Event-ID` (EventSource',
  'does) or `?after=` to get exactly what was missed; without either it starts from now. When',
  'the resume point is older than the feed keeps (24 h by default), `reset` comes instead of',
  '`ready`: reload the state, then apply what follows. Two changes made at the same moment may',
  'come in either order: keep the newest version of a thing.',
].join(' ');

export const watchLocationRoute = defineRoute({
  method: 'get',
  path: '/v1/locations/:locationId/live',
  summary: 'Follow the live changes at a location (Server-Sent Events; staff of the location)',
  tag: 'live',
  request: { params: z.object({ locationId: Id }), query: WatchLocationQuery },
  response: { status: 200, description: STREAM_DESCRIPTION, body: LiveEvent },
  problems: ['location-not-found', 'forbidden', 'unauthenticated'],
});
