import type { Db } from '../db';
import { comparePositions, encodePosition, type FeedPosition } from './feed-position';

/** Whose entries a stream follows. */
export interface FeedScope {
  tenantId: string;
  locationId: string;
  /** Only these topics; all when absent. */
  topics?: readonly string[];
}

/** An entry as clients receive it; `id` is its position (see `encodePosition`). */
export interface FeedEvent {
  id: string;
  topic: string;
  type: string;
  subjectId: string;
  data: Record<string, unknown>;
  /** When its transaction started, ISO 8601. */
  at: string;
}

/** One read of a scope's feed. */
export interface FeedPage {
  events: FeedEvent[];
  /** Where the next read starts: the last event when the page is full, else the head. */
  position: FeedPosition;
  /** The page is full: read again at once. */
  more: boolean;
  /** Committed entries wait behind an older transaction still open: read again soon. */
  held: boolean;
  /**
   * The entries after the position asked for are gone (pruned) or the position was never
   * handed out: the client must reload its state; `position` is the head to go on from.
   */
  reset: boolean;
}

interface Row {
  xmin: string;
  pruned: boolean;
  held: boolean;
  xid: string | null;
  seq: string;
  topic: string;
  type: string;
  subject_id: string;
  data: Record<string, unknown>;
  at: Date;
}

/**
 * The scope's entries after `after`, at most `limit`, never skipping one that commits later.
 *
 * Sequence numbers are taken at insert but become visible at commit, so a reader paging by
 * `seq > cursor` skips a lower seq that commits after a higher one. This one reads only
 * entries of transactions older than the oldest one still running here (`FEED_HORIZON`:
 * they are all over, their rows final) in (xid, seq) order. Any transaction that commits
 * later has an xid ≥ that horizon, so it sorts after everything returned. The price: an open transaction holds back the entries of younger ones until it
 * ends. The order is commit order for transactions that did not overlap; of two that did,
 * either may come first.
 */
/**
 * The horizon: the oldest transaction still running that may write to this database's feed,
 * or the next transaction id when none runs. Transactions known to run in another database
 * of the cluster are left out (their xids are cluster-wide, but they cannot write here), so a
 * long transaction elsewhere does not hold this feed back. A transaction that ended between
 * the snapshot and the read of pg_stat_activity still counts: its rows are invisible to this
 * statement, so passing it would skip them.
 */
export const FEED_HORIZON = `(
  SELECT coalesce(
           (SELECT min(x) FROM pg_snapshot_xip(snapshot.s) AS x
             WHERE xid(x) NOT IN (SELECT backend_xid FROM pg_stat_activity
                                   WHERE backend_xid IS NOT NULL
                                     AND datname IS DISTINCT FROM current_database())),
           pg_snapshot_xmax(snapshot.s))
    FROM (SELECT pg_current_snapshot() AS s) snapshot)`;

export async function readFeed(
  db: Db,
  scope: FeedScope,
  after: FeedPosition,
  limit = 100,
): Promise<FeedPage> {
  const rows = await db.query<Row>(
    `WITH snap AS (SELECT ${FEED_HORIZON} AS xmin),
          lost AS (SELECT ($3::xid8, $4::bigint) < (xid, seq) AS pruned FROM live_feed_horizon)
     SELECT snap.xmin::text AS xmin, coalesce(lost.pruned, false) AS pruned,
            EXISTS (SELECT 1 FROM live_feed
                     WHERE tenant_id = $1 AND location_id = $2 AND xid >= snap.xmin
                       AND ($6::text[] IS NULL OR topic = ANY ($6::text[]))) AS held,
            f.xid::text AS xid, f.seq::text AS seq, f.topic, f.type, f.subject_id, f.data, f.at
       FROM snap
       LEFT JOIN lost ON true
       LEFT JOIN LATERAL (
         SELECT xid, seq, topic, type, subject_id, data, at
           FROM live_feed
          WHERE tenant_id = $1 AND location_id = $2
            AND (xid, seq) > ($3::xid8, $4::bigint)
            AND xid < snap.xmin
            AND ($6::text[] IS NULL OR topic = ANY ($6::text[]))
          ORDER BY xid, seq
          LIMIT $5
       ) f ON NOT coalesce(lost.pruned, false)
      ORDER BY f.xid, f.seq`,
    [scope.tenantId, scope.locationId, after.xid, after.seq, limit, scope.topics ?? null],
  );
  const first = rows[0]!;
  const head: FeedPosition = { xid: first.xmin, seq: '0' };
  // A position past the head was never handed out (another database, a forged id).
  if (first.pruned || comparePositions(after, head) > 0) {
    return { events: [], position: head, more: false, held: false, reset: true };
  }
  const events = rows.filter((r) => r.xid !== null).map(toEvent);
  const more = events.length === limit;
  const last = rows.at(-1)!;
  return {
    events,
    position: more ? { xid: last.xid!, seq: last.seq } : head,
    more,
    held: first.held,
    reset: false,
  };
}

/** The position of "now": what commits from here on comes after it, nothing before does. */
export async function feedHead(db: Db): Promise<FeedPosition> {
  const [row] = await db.query<{ xmin: string }>(`SELECT ${FEED_HORIZON}::text AS xmin`);
  return { xid: row!.xmin, seq: '0' };
}

function toEvent(row: Row): FeedEvent {
  return {
    id: encodePosition({ xid: row.xid!, seq: row.seq }),
    topic: row.topic,
    type: row.type,
    subjectId: row.subject_id,
    data: row.data,
    at: row.at.toISOString(),
  };
}
