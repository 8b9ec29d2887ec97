import type { Db } from '@brigade/db';
import type { PruneResult } from '../../domain/floor/ports';
import type { LiveFeedPort } from '../../domain/live/ports';
import { changeTableStatus } from './floor-table-status';

// A session merged into another lives and ends with it, so the idle rule looks at the
// target: its last activity and the orders of all its merged sessions.
const CLOSE_IDLE = `
  WITH idle AS (
    SELECT s.id FROM table_sessions s JOIN locations l ON l.id = s.location_id
     WHERE s.status = 'open' AND s.merged_into_session_id IS NULL
       AND (SELECT max(m.last_activity_at) FROM table_sessions m
             WHERE m.id = s.id OR m.merged_into_session_id = s.id)
           < $1::timestamptz - make_interval(mins => l.session_idle_minutes)
       AND NOT EXISTS (SELECT 1 FROM table_sessions m JOIN orders o ON o.table_session_id = m.id
                        WHERE m.id = s.id OR m.merged_into_session_id = s.id)
     FOR UPDATE OF s SKIP LOCKED)
  UPDATE table_sessions c SET status = 'closed', closed_at = $1, closed_by = 'system:prune'
    FROM idle
   WHERE (c.id = idle.id OR c.merged_into_session_id = idle.id) AND c.status = 'open'
  RETURNING c.id, c.table_id`;

const PAST_RETENTION = `s.status = 'closed' AND l.id = s.location_id
  AND s.closed_at < $1::timestamptz - make_interval(days => l.closed_session_retention_days)`;

const DELETE_EMPTY = `
  DELETE FROM table_sessions s USING locations l
   WHERE ${PAST_RETENTION}
     AND NOT EXISTS (SELECT 1 FROM orders o WHERE o.table_session_id = s.id)
  RETURNING s.id`;

// Orders keep their session for reports; only its token goes, so no old link can join again.
const RETIRE_TOKENS = `
  UPDATE table_sessions s SET token = NULL FROM locations l
   WHERE ${PAST_RETENTION} AND s.token IS NOT NULL
     AND EXISTS (SELECT 1 FROM orders o WHERE o.table_session_id = s.id)
  RETURNING s.id`;

/**
 * One pass of the session lifetimes of every location. An open session with an order is
 * never closed by age: a tab stays open until staff close it.
 */
export async function pruneTableSessions(
  db: Db,
  feed: LiveFeedPort,
  now: Date,
): Promise<PruneResult> {
  return db.withTransaction(async () => {
    const closed = await db.query<{ id: string; table_id: string }>(CLOSE_IDLE, [now]);
    for (const s of closed) {
      // Nobody ate there: the table is free again, not waiting to be cleaned.
      await changeTableStatus(db, feed, s.table_id, 'available', {
        sessionId: s.id,
        reason: 'idle',
      });
    }
    const deleted = await db.query(DELETE_EMPTY, [now]);
    const retired = await db.query(RETIRE_TOKENS, [now]);
    return { closedIdle: closed.length, deleted: deleted.length, tokensRetired: retired.length };
  });
}
