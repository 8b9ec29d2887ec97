import type { Db } from '@brigade/db';
import type { CategoryRecord } from '../../domain/menu/catalog-ports';
import type { CatalogPort } from '../../domain/menu/ports';

interface CategoryRow {
  id: string;
  tenant_id: string;
  name: string;
  position: number;
  created_at: Date;
  updated_at: Date;
}

const COLUMNS = 'id, tenant_id, name, position, created_at, updated_at';

const toCategory = (r: CategoryRow): CategoryRecord => ({
  id: r.id,
  tenantId: r.tenant_id,
  name: r.name,
  position: r.position,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export function menuCategoryRepository(db: Db): CatalogPort['categories'] {
  return {
    async insert(c) {
      await db.query(
        `INSERT INTO menu_categories (id, tenant_id, name, position, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [c.id, c.tenantId, c.name, c.position, c.createdAt, c.updatedAt],
      );
    },

    async find(tenantId, id) {
      const [row] = await db.query<CategoryRow>(
        `SELECT ${COLUMNS} FROM menu_categories WHERE id = $1 AND tenant_id = $2`,
        [id, tenantId],
      );
      return row && toCategory(row);
    },

    async list(tenantId, limit, after) {
      const rows = await db.query<CategoryRow>(
        `SELECT ${COLUMNS} FROM menu_categories
          WHERE tenant_id = $1 AND ($2::int IS NULL OR (position, id) > ($2, $3::uuid))
          ORDER BY position, id LIMIT $4`,
        [tenantId, after?.key ?? null, after?.id ?? null, limit],
      );
      return rows.map(toCategory);
    },

    async update(tenantId, id, changes, at) {
      const [row] = await db.query<CategoryRow>(
        `UPDATE menu_categories SET name = coalesce($3, name), position = coalesce($4, position),
                updated_at = $5
          WHERE id = $1 AND tenant_id = $2 RETURNING ${COLUMNS}`,
        [id, tenantId, changes.name ?? null, changes.position ?? null, at],
      );
      return row && toCategory(row);
    },

    async remove(tenantId, id) {
      const rows = await db.query(
        'DELETE FROM menu_categories WHERE id = $1 AND tenant_id = $2 RETURNING id',
        [id, tenantId],
      );
      return rows.length > 0;
    },

    async hasProducts(tenantId, categoryId) {
      const [row] = await db.query(
        `SELECT 1 FROM products WHERE category_id = $1 AND tenant_id = $2 AND deleted_at IS NULL
          LIMIT 1`,
        [categoryId, tenantId],
      );
      return row !== undefined;
    },
  };
}
