import type { Db } from '@brigade/db';
import {
  TableSessionClosedError,
  TableSessionHasOpenTabError,
  TableSessionMergeError,
  TableSessionNotClosedError,
  TableSessionNotFoundError,
  TableSessionOpenError,
} from '../../domain/floor/floor.errors';
import type { TableSessionsPort } from '../../domain/floor/ports';
import type { LiveFeedPort } from '../../domain/live/ports';
import { isUniqueViolation, SESSION_COLUMNS, toSession, type SessionRow } from './floor-rows';
import { changeTableStatus } from './floor-table-status';
import { newFloorToken } from './floor-tokens';

type Lifecycle = Pick<TableSessionsPort, 'mergeInto' | 'close' | 'closeIfSettled' | 'reopen'>;

/** An order is a session's tab until it is paid or cancelled. */
const OPEN_TAB = `SELECT id, order_number FROM orders
  WHERE table_session_id = ANY($1::uuid[]) AND status NOT IN ('paid', 'cancelled')
  ORDER BY order_number LIMIT 1`;

/**
 * Merging, closing and reopening sessions; each locks the sessions before their tables.
 * NO KEY UPDATE, like the order use cases: orders being placed hold KEY SHARE on their
 * session, and a stronger lock here would deadlock with them.
 */
export function floorSessionLifecycle(db: Db, feed: LiveFeedPort): Lifecycle {
  const lock = (ids: string[]) =>
    db.query<SessionRow>(
      `SELECT ${SESSION_COLUMNS} FROM table_sessions s JOIN tables t ON t.id = s.table_id
        WHERE s.id = ANY($1::uuid[]) ORDER BY s.id FOR NO KEY UPDATE OF s`,
      [ids],
    );

  /** Closes the session and those merged into it, unless one has a tab: then returns it. */
  const closeSettled = (sessionId: string, closedBy: string) =>
    db.withTransaction(async () => {
      const closing = await db.query<{ id: string; table_id: string }>(
        `SELECT id, table_id FROM table_sessions
          WHERE (id = $1 OR merged_into_session_id = $1) AND status = 'open'
          ORDER BY id FOR NO KEY UPDATE`,
        [sessionId],
      );
      if (closing.length === 0) return undefined;
      const ids = closing.map((s) => s.id);
      const [tab] = await db.query<{ id: string; order_number: number }>(OPEN_TAB, [ids]);
      if (tab) return tab;
      await db.query(
        `UPDATE table_sessions SET status = 'closed', closed_at = now(), closed_by = $2
          WHERE id = ANY($1::uuid[])`,
        [ids, closedBy],
      );
      for (const s of closing) {
        await changeTableStatus(db, feed, s.table_id, 'dirty', { sessionId: s.id });
      }
      return undefined;
    });

  return {
    async mergeInto(sourceSessionId, targetSessionId) {
      await db.withTransaction(async () => {
        const rows = await lock([sourceSessionId, targetSessionId]);
        const source = rows.find((r) => r.id === sourceSessionId);
        const target = rows.find((r) => r.id === targetSessionId);
        if (!source || !target) throw new TableSessionNotFoundError();
        if (source.status !== 'open' || target.status !== 'open') {
          throw new TableSessionClosedError();
        }
        if (source.tenant_id !== target.tenant_id || source.location_id !== target.location_id) {
          throw new TableSessionMergeError('they are at different locations');
        }
        // Merges stay one hop deep: a session merged before lands where its target went.
        const into = target.merged_into_session_id ?? target.id;
        if (into === source.id) throw new TableSessionMergeError('a session cannot join itself');
        await db.query(
          `UPDATE table_sessions SET merged_into_session_id = $2, last_activity_at = now()
            WHERE (id = $1 OR merged_into_session_id = $1) AND status = 'open'`,
          [source.id, into],
        );
        await changeTableStatus(db, feed, source.table_id, 'occupied', { sessionId: into });
        await feed.append({
          tenantId: source.tenant_id,
          locationId: source.location_id,
          topic: 'table',
          type: 'table.sessions-merged',
          subjectId: source.table_id,
          data: { tableId: source.table_id, number: source.table_number, sourceSessionId, into },
        });
      });
    },

    async close(sessionId, closedBy = 'system') {
      const tab = await closeSettled(sessionId, closedBy);
      if (tab) throw new TableSessionHasOpenTabError({ id: tab.id, orderNumber: tab.order_number });
    },

    closeIfSettled: async (sessionId, closedBy = 'system') =>
      !(await closeSettled(sessionId, closedBy)),

    async reopen(sessionId, { reopenedBy, approvedBy }) {
      return db.withTransaction(async () => {
        const [session] = await lock([sessionId]);
        if (!session) return undefined;
        if (session.status !== 'closed') throw new TableSessionNotClosedError();
        const occupied = new TableSessionOpenError('another party sits there now');
        const [other] = await db.query(
          `SELECT 1 FROM table_sessions WHERE table_id = $1 AND status = 'open'`,
          [session.table_id],
        );
        if (other) throw occupied;
        const [row] = await db
          .query<SessionRow>(
            `UPDATE table_sessions s
                SET status = 'open', closed_at = NULL, closed_by = NULL,
                    merged_into_session_id = NULL, token = coalesce(s.token, $2),
                    last_activity_at = now(), reopened_at = now(), reopened_by = $3,
                    reopen_approved_by = $4
               FROM tables t
              WHERE s.id = $1 AND t.id = s.table_id
             RETURNING ${SESSION_COLUMNS}`,
            [sessionId, newFloorToken(), reopenedBy, approvedBy],
          )
          .catch((err: unknown) =>
            Promise.reject(
              isUniqueViolation(err, 'table_sessions_one_open_per_table') ? occupied : err,
            ),
          );
        await changeTableStatus(db, feed, session.table_id, 'occupied', { sessionId });
        return row && toSession(row);
      });
    },
  };
}
