import type { Db } from '../db';
import { FEED_HORIZON } from './read-feed';

/**
 * Deletes the entries of transactions that started more than `olderThanHours` ago, as a
 * prefix of the feed's (xid, seq) order, and moves the horizon to the last one deleted:
 * streams resuming from before it get a reset instead of a silent gap. Only transactions
 * that are over are cut (their entries are final), so the prefix never grows behind the
 * horizon. Returns how many entries went.
 */
export async function pruneFeed(db: Db, olderThanHours: number): Promise<number> {
  const [row] = await db.query<{ deleted: number }>(
    `WITH cut AS (
       SELECT max(xid) AS xid FROM live_feed
        WHERE at < now() - $1 * interval '1 hour'
          AND xid < ${FEED_HORIZON}
     ), gone AS (
       DELETE FROM live_feed f USING cut WHERE f.xid <= cut.xid RETURNING f.xid, f.seq
     ), last AS (
       SELECT xid, seq FROM gone ORDER BY xid DESC, seq DESC LIMIT 1
     ), moved AS (
       UPDATE live_feed_horizon h SET xid = last.xid, seq = last.seq
         FROM last WHERE (last.xid, last.seq) > (h.xid, h.seq)
     )
     SELECT count(*)::int AS deleted FROM gone`,
    [olderThanHours],
  );
  return row!.deleted;
}
