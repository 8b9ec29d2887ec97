import type { Envelope } from '@brigade/contracts';
import { preparedQuery } from '@brigade/db';
import type { EntityManager } from 'typeorm';

/** LISTEN/NOTIFY channel that wakes the relay when an outbox row commits. */
export const OUTBOX_CHANNEL = 'brigade_outbox';

/**
 * Adds events to the outbox inside the caller's transaction: they are published if and
 * only if the state change commits. No NOTIFY here: one inside the transaction would make
 * PostgreSQL serialise every such commit on its notify lock; the relay is told after commit.
 */
export async function addToOutbox(em: EntityManager, events: Envelope[]): Promise<void> {
  if (events.length === 0) return;
  await preparedQuery(
    em,
    `INSERT INTO outbox (id, type, envelope)
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::jsonb[])`,
    [events.map((e) => e.id), events.map((e) => e.type), events.map((e) => JSON.stringify(e))],
  );
}
