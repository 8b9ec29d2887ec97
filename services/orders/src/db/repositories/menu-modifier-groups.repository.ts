import type { Db } from '@brigade/db';
import type { ModifierGroupRecord, ModifierOptionRecord } from '../../domain/menu/catalog-ports';
import type { CatalogPort } from '../../domain/menu/ports';
import { setClause } from './menu-sql';

interface GroupRow {
  id: string;
  tenant_id: string;
  name: string;
  min_select: number;
  max_select: number;
  options: ModifierOptionRecord[];
  created_at: Date;
  updated_at: Date;
}

const SELECT = `
  SELECT g.id, g.tenant_id, g.name, g.min_select, g.max_select, g.created_at, g.updated_at,
         (SELECT coalesce(json_agg(json_build_object('id', o.id, 'name', o.name,
                   'priceDeltaMinor', o.price_delta_minor, 'available', o.available)
                   ORDER BY o.position, o.id), '[]')
            FROM modifier_options o WHERE o.group_id = g.id) AS options
    FROM modifier_groups g`;

const COLUMNS = { name: 'name', minSelect: 'min_select', maxSelect: 'max_select' };

const toGroup = (r: GroupRow): ModifierGroupRecord => ({
  id: r.id,
  tenantId: r.tenant_id,
  name: r.name,
  minSelect: r.min_select,
  maxSelect: r.max_select,
  options: r.options,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export function menuModifierGroupRepository(db: Db): CatalogPort['modifierGroups'] {
  const find = async (tenantId: string, id: string) => {
    const [row] = await db.query<GroupRow>(`${SELECT} WHERE g.id = $1 AND g.tenant_id = $2`, [
      id,
      tenantId,
    ]);
    return row && toGroup(row);
  };
  // Options keep their ids (order lines and kitchen routing name them); those left out go.
  const replaceOptions = async (
    tenantId: string,
    groupId: string,
    options: ModifierOptionRecord[],
  ) => {
    await db.query(
      'DELETE FROM modifier_options WHERE group_id = $1 AND NOT (id = ANY ($2::uuid[]))',
      [groupId, options.map((o) => o.id)],
    );
    await db.query(
      `INSERT INTO modifier_options (id, group_id, tenant_id, name, price_delta_minor, available, position)
       SELECT o.id, $1, $2, o.name, o.delta, o.available, o.position - 1
         FROM unnest($3::uuid[], $4::text[], $5::int[], $6::boolean[]) WITH ORDINALITY
           AS o (id, name, delta, available, position)
       ON CONFLICT (id) DO UPDATE SET name = excluded.name, price_delta_minor = excluded.price_delta_minor,
         available = excluded.available, position = excluded.position`,
      [
        groupId,
        tenantId,
        options.map((o) => o.id),
        options.map((o) => o.name),
        options.map((o) => o.priceDeltaMinor),
        options.map((o) => o.available),
      ],
    );
  };
  return {
    find,

    async insert(g) {
      await db.query(
        `INSERT INTO modifier_groups (id, tenant_id, name, min_select, max_select, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [g.id, g.tenantId, g.name, g.minSelect, g.maxSelect, g.createdAt, g.updatedAt],
      );
      await replaceOptions(g.tenantId, g.id, g.options);
    },

    async list(tenantId, limit, after) {
      const rows = await db.query<GroupRow>(
        `${SELECT} WHERE g.tenant_id = $1 AND ($2::uuid IS NULL OR g.id > $2) ORDER BY g.id LIMIT $3`,
        [tenantId, after?.id ?? null, limit],
      );
      return rows.map(toGroup);
    },

    async update(tenantId, id, changes, at) {
      const set = setClause(changes, COLUMNS, 3);
      const updated = await db.query(
        `UPDATE modifier_groups SET ${[...(set.sql ? [set.sql] : []), 'updated_at = $3'].join(', ')}
          WHERE id = $1 AND tenant_id = $2 RETURNING id`,
        [id, tenantId, at, ...set.values],
      );
      if (updated.length === 0) return undefined;
      if (changes.options) await replaceOptions(tenantId, id, changes.options);
      return find(tenantId, id);
    },

    async remove(tenantId, id) {
      const rows = await db.query(
        'DELETE FROM modifier_groups WHERE id = $1 AND tenant_id = $2 RETURNING id',
        [id, tenantId],
      );
      return rows.length > 0;
    },
  };
}
