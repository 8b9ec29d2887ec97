import type { EntityManager } from 'typeorm';
import type { Db } from '../db';
import { preparedQuery } from '../prepared-query';

/** One change staff screens see live. */
export interface FeedEntry {
  tenantId: string;
  locationId: string;
  /** The kind of thing that changed (`order`, `table`…); streams name their events by it. */
  topic: string;
  /** What happened, e.g. `order.items-fired`. */
  type: string;
  subjectId: string;
  /** What a screen needs to show the change; carry a version when clients apply state. */
  data: Record<string, unknown>;
}

/**
 * Appends entries inside the caller's transaction (a `Db` joins the one open in this async
 * context and throws when none is): they are seen if and only if the change commits, in the
 * order given. Nobody is woken: `liveFeedWriter` does that after commit; without it,
 * streams find the entries at their next poll.
 */
export async function appendToFeed(
  target: Db | EntityManager,
  entries: FeedEntry | readonly FeedEntry[],
): Promise<void> {
  const list: readonly FeedEntry[] = Array.isArray(entries) ? entries : [entries as FeedEntry];
  if (list.length === 0) return;
  if (isDb(target) && !target.inTransaction()) {
    throw new Error('live feed entries are appended inside the transaction of their change');
  }
  const em = isDb(target) ? target.manager() : target;
  await preparedQuery(
    em,
    `INSERT INTO live_feed (tenant_id, location_id, topic, type, subject_id, data)
     SELECT tenant_id, location_id, topic, type, subject_id, data
       FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::jsonb[])
            WITH ORDINALITY AS e (tenant_id, location_id, topic, type, subject_id, data, n)
      ORDER BY n`,
    [
      list.map((e) => e.tenantId),
      list.map((e) => e.locationId),
      list.map((e) => e.topic),
      list.map((e) => e.type),
      list.map((e) => e.subjectId),
      list.map((e) => JSON.stringify(e.data)),
    ],
  );
}

const isDb = (target: Db | EntityManager): target is Db =>
  typeof (target as Partial<Db>).inTransaction === 'function';
