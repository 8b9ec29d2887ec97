import { newId, type Channel } from '@brigade/contracts';
import type { Db } from '@brigade/db';
import type { TableSession, TableSessionsPort } from '../../domain/floor/ports';
import type { LiveFeedPort } from '../../domain/live/ports';
import { SESSION_COLUMNS, toSession, type SessionRow } from './floor-rows';
import { changeTableStatus } from './floor-table-status';
import { newFloorToken } from './floor-tokens';

type SessionReads = Pick<
  TableSessionsPort,
  | 'openOrJoin'
  | 'openOrJoinDetailed'
  | 'findOpenByToken'
  | 'find'
  | 'findOpenAtTable'
  | 'updateGuestCount'
>;

/**
 * The open sessions reachable from `start` (one of them open), followed along merges to the
 * session they landed in. Merges are flattened when made, the depth bound only guards loops.
 */
const chainFrom = (start: string) => `WITH RECURSIVE chain AS (
    SELECT s.id, s.merged_into_session_id, 0 AS depth FROM table_sessions s
     WHERE ${start} AND s.status = 'open'
    UNION ALL
    SELECT n.id, n.merged_into_session_id, c.depth + 1 FROM chain c
      JOIN table_sessions n ON n.id = c.merged_into_session_id
     WHERE n.status = 'open' AND c.depth < 8)`;
const CHAIN_END = '(SELECT id FROM chain ORDER BY depth DESC LIMIT 1)';

// A join is activity: it keeps an order-less session from being pruned as idle.
const JOIN_OPEN_AT_TABLE = `${chainFrom('s.table_id = $1 AND s.tenant_id = $2')}
  UPDATE table_sessions s SET last_activity_at = greatest(s.last_activity_at, now())
    FROM tables t
   WHERE s.id = ${CHAIN_END} AND s.status = 'open' AND t.id = s.table_id
  RETURNING ${SESSION_COLUMNS}`;

// KEY SHARE: the idle prune skips a session an order is being attached to, while
// concurrent orders at the table do not block each other.
const OPEN_BY_TOKEN = `${chainFrom('s.token = $1')}
  SELECT ${SESSION_COLUMNS} FROM table_sessions s JOIN tables t ON t.id = s.table_id
   WHERE s.id = ${CHAIN_END} AND s.status = 'open'
   FOR KEY SHARE OF s`;

/** Opening, joining and reading table sessions: the hot path of orders at a table. */
export function floorSessionRepository(db: Db, feed: LiveFeedPort): SessionReads {
  const read = async (where: string, param: string) => {
    const [row] = await db.query<SessionRow>(
      `SELECT ${SESSION_COLUMNS} FROM table_sessions s JOIN tables t ON t.id = s.table_id
        WHERE ${where}`,
      [param],
    );
    return row && toSession(row);
  };
  const find = (sessionId: string) => read('s.id = $1', sessionId);

  const insertOpen = async (
    table: { id: string; tenant_id: string; location_id: string },
    openedVia: Channel,
    openedBy: string,
  ) => {
    const [row] = await db.query<{ id: string }>(
      `INSERT INTO table_sessions (id, tenant_id, location_id, table_id, token, status, opened_via,
                                   opened_by, opened_at, last_activity_at)
       VALUES ($1, $2, $3, $4, $5, 'open', $6, $7, now(), now())
       ON CONFLICT (table_id) WHERE status = 'open' DO NOTHING
       RETURNING id`,
      [newId(), table.tenant_id, table.location_id, table.id, newFloorToken(), openedVia, openedBy],
    );
    return row?.id;
  };

  async function openOrJoinDetailed(
    { tenantId, tableId }: { tenantId: string; tableId: string },
    openedVia: Channel,
    openedBy: string,
  ): Promise<{ session: TableSession; opened: boolean } | undefined> {
    return db.withTransaction(async () => {
      // A competing opener's insert makes ours wait, then do nothing: the next round joins it.
      for (let round = 0; round < 3; round++) {
        const [joined] = await db.query<SessionRow>(JOIN_OPEN_AT_TABLE, [tableId, tenantId]);
        if (joined) return { session: toSession(joined), opened: false };
        const [table] = await db.query<{ id: string; tenant_id: string; location_id: string }>(
          `SELECT id, tenant_id, location_id FROM tables
            WHERE id = $1 AND tenant_id = $2 AND archived_at IS NULL`,
          [tableId, tenantId],
        );
        if (!table) return undefined;
        const sessionId = await insertOpen(table, openedVia, openedBy);
        if (sessionId) {
          await changeTableStatus(db, feed, tableId, 'occupied', { sessionId, openedVia });
          return { session: (await find(sessionId))!, opened: true };
        }
      }
      throw new Error(`table ${tableId}: no session to open or join after 3 rounds`);
    });
  }

  return {
    openOrJoinDetailed,
    openOrJoin: async (table, openedVia, openedBy) =>
      (await openOrJoinDetailed(table, openedVia, openedBy))?.session,

    async findOpenByToken(token) {
      const [row] = await db.query<SessionRow>(OPEN_BY_TOKEN, [token]);
      return row && toSession(row);
    },

    find,
    findOpenAtTable: (tableId) => read(`s.table_id = $1 AND s.status = 'open'`, tableId),

    async updateGuestCount(sessionId, guestCount) {
      const [row] = await db.query<{ id: string }>(
        `UPDATE table_sessions SET guest_count = $2 WHERE id = $1 AND status = 'open' RETURNING id`,
        [sessionId, guestCount],
      );
      return row && find(sessionId);
    },
  };
}
