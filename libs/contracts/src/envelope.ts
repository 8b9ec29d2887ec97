import { z } from 'zod';
import { Id } from './shared/ids';

/** Event names: `<aggregate>.<fact>.v<N>`, lower case, kebab inside segments. */
export const EVENT_TYPE_PATTERN = /^[a-z]+(-[a-z]+)*\.[a-z]+(-[a-z]+)*\.v[0-9]+$/;

/**
 * The envelope every event travels in. Consumers route on `type`, dedupe on `id`,
 * order per aggregate with `aggregateVersion`, and trace with `correlationId`/`causationId`.
 */
export const Envelope = z.object({
  /** UUIDv7 of this message; the inbox key of every consumer. */
  id: Id,
  /** Event name with version, also the routing key. */
  type: z.string().regex(EVENT_TYPE_PATTERN),
  /** When the fact happened (ISO 8601, UTC). */
  occurredAt: z.iso.datetime(),
  tenantId: Id,
  locationId: Id,
  /** The id of the thing the event is about (order, ticket…). */
  aggregateId: Id,
  /** Version of that aggregate after the fact; lets a consumer ignore stale events. */
  aggregateVersion: z.number().int().min(0),
  /** Shared by every message and request caused by one original action. */
  correlationId: z.string().min(1).max(200),
  /** The id of the message or request that directly caused this one. */
  causationId: z.string().min(1).max(200).nullable(),
  payload: z.unknown(),
});
export type Envelope<P = unknown> = Omit<z.infer<typeof Envelope>, 'payload'> & { payload: P };
