import type { Db } from '@brigade/db';
import type { TableStatus } from '../../domain/floor/layout';
import type { LiveFeedPort } from '../../domain/live/ports';

/**
 * Sets a table's status and, when it changed, appends `table.status-changed` to the live
 * feed in the same transaction. Returns whether it changed.
 */
export async function changeTableStatus(
  db: Db,
  feed: LiveFeedPort,
  tableId: string,
  to: TableStatus,
  details: Record<string, unknown> = {},
): Promise<boolean> {
  return db.withTransaction(async () => {
    const [row] = await db.query<{
      tenant_id: string;
      location_id: string;
      number: string;
      from_status: TableStatus;
    }>(
      `WITH old AS (SELECT id, status FROM tables WHERE id = $1 FOR UPDATE)
       UPDATE tables t SET status = $2 FROM old
        WHERE t.id = old.id AND old.status <> $2
       RETURNING t.tenant_id, t.location_id, t.number, old.status AS from_status`,
      [tableId, to],
    );
    if (!row) return false;
    await feed.append({
      tenantId: row.tenant_id,
      locationId: row.location_id,
      topic: 'table',
      type: 'table.status-changed',
      subjectId: tableId,
      data: { tableId, number: row.number, from: row.from_status, to, ...details },
    });
    return true;
  });
}
