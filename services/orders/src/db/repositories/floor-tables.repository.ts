import type { Db } from '@brigade/db';
import { TableNumberTakenError } from '../../domain/floor/floor.errors';
import type { FloorLayoutPort, FloorPlanTable } from '../../domain/floor/layout';
import type { LiveFeedPort } from '../../domain/live/ports';
import { changeTableStatus } from './floor-table-status';
import { AREA_COLUMNS, isUniqueViolation, TABLE_COLUMNS, toArea, toTable } from './floor-rows';
import type { AreaRow, SessionRow, TableRow } from './floor-rows';
import { newFloorToken } from './floor-tokens';

type TableStore = Omit<
  FloorLayoutPort,
  'findLocation' | 'insertArea' | 'findArea' | 'listAreas' | 'updateArea' | 'archiveArea'
>;

type PlanRow = TableRow & { session_id: string | null } & Pick<
    SessionRow,
    'guest_count' | 'opened_at' | 'opened_via' | 'merged_into_session_id'
  >;

/** Tables of a location: layout, status, the token printed in their QR code. */
export function floorTableRepository(db: Db, feed: LiveFeedPort): TableStore {
  const numberTaken = (err: unknown, num: string | undefined) =>
    num !== undefined && isUniqueViolation(err, 'tables_number_unique')
      ? new TableNumberTakenError(num)
      : err;
  const one = async (where: string, param: string, lock = false) => {
    const [row] = await db.query<TableRow>(
      `SELECT ${TABLE_COLUMNS} FROM tables t WHERE ${where} AND t.archived_at IS NULL
       ${lock ? 'FOR UPDATE' : ''}`,
      [param],
    );
    return row && toTable(row);
  };
  return {
    async insertTable(t) {
      const l = t.layout;
      const table = { ...t, qrToken: newFloorToken() };
      await db
        .query(
          `INSERT INTO tables (id, tenant_id, location_id, area_id, number, capacity, status, x, y,
                               width, height, rotation, shape, qr_token, created_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`,
          [
            ...[t.id, t.tenantId, t.locationId, t.areaId, t.number, t.capacity, t.status],
            ...[l.x, l.y, l.width, l.height, l.rotation, l.shape, table.qrToken, t.createdAt],
          ],
        )
        .catch((err: unknown) => Promise.reject(numberTaken(err, t.number)));
      return table;
    },

    findTable: (tableId, lock) => one('t.id = $1', tableId, lock),
    findTableByQrToken: (qrToken) => one('t.qr_token = $1', qrToken),

    async listTables(locationId, filter, limit, after) {
      const rows = await db.query<TableRow>(
        `SELECT ${TABLE_COLUMNS} FROM tables t
          WHERE t.location_id = $1 AND t.archived_at IS NULL
            AND ($2::uuid IS NULL OR t.area_id = $2)
            AND ($3::text IS NULL OR (t.number, t.id) > ($3, $4::uuid))
          ORDER BY t.number, t.id LIMIT $5`,
        [locationId, filter.areaId ?? null, after?.key ?? null, after?.id ?? null, limit],
      );
      return rows.map(toTable);
    },

    async updateTable(tableId, changes) {
      const l = changes.layout ?? {};
      const [row] = await db
        .query<TableRow>(
          `UPDATE tables t SET area_id = coalesce($2, area_id), number = coalesce($3, number),
                  capacity = coalesce($4, capacity), x = coalesce($5, x), y = coalesce($6, y),
                  width = coalesce($7, width), height = coalesce($8, height),
                  rotation = coalesce($9, rotation), shape = coalesce($10, shape)
            WHERE id = $1 RETURNING ${TABLE_COLUMNS}`,
          [
            ...[tableId, changes.areaId, changes.number, changes.capacity],
            ...[l.x, l.y, l.width, l.height, l.rotation, l.shape],
          ].map((v) => v ?? null),
        )
        .catch((err: unknown) => Promise.reject(numberTaken(err, changes.number)));
      if (!row) throw new Error(`table ${tableId} vanished while updating it`);
      return toTable(row);
    },

    async archiveTable(tableId, at) {
      await db.query('UPDATE tables SET archived_at = $2 WHERE id = $1', [tableId, at]);
    },

    async setQrToken(tableId) {
      const [row] = await db.query<TableRow>(
        `UPDATE tables t SET qr_token = $2 WHERE id = $1 RETURNING ${TABLE_COLUMNS}`,
        [tableId, newFloorToken()],
      );
      if (!row) throw new Error(`table ${tableId} vanished while renewing its QR token`);
      return toTable(row);
    },

    async setStatus(tableId, status) {
      await changeTableStatus(db, feed, tableId, status, { by: 'staff' });
    },

    async floorPlan(locationId) {
      const areas = await db.query<AreaRow>(
        `SELECT ${AREA_COLUMNS} FROM dining_areas WHERE location_id = $1 AND archived_at IS NULL
          ORDER BY position, id`,
        [locationId],
      );
      const tables = await db.query<PlanRow>(
        `SELECT ${TABLE_COLUMNS}, s.id AS session_id, s.guest_count, s.opened_at, s.opened_via,
                s.merged_into_session_id
           FROM tables t LEFT JOIN table_sessions s ON s.table_id = t.id AND s.status = 'open'
          WHERE t.location_id = $1 AND t.archived_at IS NULL
          ORDER BY t.number, t.id`,
        [locationId],
      );
      return { areas: areas.map(toArea), tables: tables.map(toPlanTable) };
    },
  };
}

function toPlanTable(r: PlanRow): FloorPlanTable {
  return {
    ...toTable(r),
    session: r.session_id
      ? {
          id: r.session_id,
          guestCount: r.guest_count,
          openedAt: r.opened_at,
          openedVia: r.opened_via,
          mergedIntoSessionId: r.merged_into_session_id,
        }
      : null,
  };
}
