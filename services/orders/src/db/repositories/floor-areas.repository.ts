import type { Db } from '@brigade/db';
import { DiningAreaNameTakenError, DiningAreaNotEmptyError } from '../../domain/floor/floor.errors';
import type { FloorLayoutPort } from '../../domain/floor/layout';
import { AREA_COLUMNS, isUniqueViolation, toArea, type AreaRow } from './floor-rows';

type AreaStore = Pick<
  FloorLayoutPort,
  'findLocation' | 'insertArea' | 'findArea' | 'listAreas' | 'updateArea' | 'archiveArea'
>;

/** Dining areas of a location, and the location lookup the floor use cases start from. */
export function floorAreaRepository(db: Db): AreaStore {
  const nameTaken = (err: unknown, name: string) =>
    isUniqueViolation(err, 'dining_areas_name_unique') ? new DiningAreaNameTakenError(name) : err;
  return {
    async findLocation(locationId) {
      const [row] = await db.query<{ tenant_id: string }>(
        'SELECT tenant_id FROM locations WHERE id = $1',
        [locationId],
      );
      return row && { tenantId: row.tenant_id };
    },

    async insertArea(a) {
      await db
        .query(
          `INSERT INTO dining_areas (id, tenant_id, location_id, name, position, created_at)
           VALUES ($1, $2, $3, $4, $5, $6)`,
          [a.id, a.tenantId, a.locationId, a.name, a.position, a.createdAt],
        )
        .catch((err: unknown) => Promise.reject(nameTaken(err, a.name)));
    },

    async findArea(areaId) {
      const [row] = await db.query<AreaRow>(
        `SELECT ${AREA_COLUMNS} FROM dining_areas WHERE id = $1 AND archived_at IS NULL`,
        [areaId],
      );
      return row && toArea(row);
    },

    async listAreas(locationId, limit, after) {
      const rows = await db.query<AreaRow>(
        `SELECT ${AREA_COLUMNS} FROM dining_areas
          WHERE location_id = $1 AND archived_at IS NULL
            AND ($2::int IS NULL OR (position, id) > ($2, $3::uuid))
          ORDER BY position, id LIMIT $4`,
        [locationId, after?.key ?? null, after?.id ?? null, limit],
      );
      return rows.map(toArea);
    },

    async updateArea(areaId, changes) {
      const [row] = await db
        .query<AreaRow>(
          `UPDATE dining_areas SET name = coalesce($2, name), position = coalesce($3, position)
            WHERE id = $1 RETURNING ${AREA_COLUMNS}`,
          [areaId, changes.name ?? null, changes.position ?? null],
        )
        .catch((err: unknown) => Promise.reject(nameTaken(err, changes.name ?? '')));
      if (!row) throw new Error(`dining area ${areaId} vanished while updating it`);
      return toArea(row);
    },

    async archiveArea(areaId, at) {
      await db.query('SELECT 1 FROM dining_areas WHERE id = $1 FOR UPDATE', [areaId]);
      const [standing] = await db.query(
        'SELECT 1 FROM tables WHERE area_id = $1 AND archived_at IS NULL LIMIT 1',
        [areaId],
      );
      if (standing) throw new DiningAreaNotEmptyError();
      await db.query('UPDATE dining_areas SET archived_at = $2 WHERE id = $1', [areaId, at]);
    },
  };
}
