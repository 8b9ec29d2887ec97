import type { Allergen, Channel } from '@brigade/contracts';
import type { Db } from '@brigade/db';
import type { ProductRecord } from '../../domain/menu/catalog-ports';
import type { CatalogPort } from '../../domain/menu/ports';
import { setClause } from './menu-sql';

interface ProductRow {
  id: string;
  tenant_id: string;
  category_id: string | null;
  name: string;
  description: string | null;
  price_minor: number;
  tax_rate_eat_in_bps: number;
  tax_rate_take_away_bps: number;
  allergens: Allergen[];
  channels: Channel[] | null;
  active: boolean;
  position: number;
  modifier_group_ids: string[];
  created_at: Date;
  updated_at: Date;
}

const SELECT = `
  SELECT p.id, p.tenant_id, p.category_id, p.name, p.description, p.price_minor,
         p.tax_rate_eat_in_bps, p.tax_rate_take_away_bps, p.allergens, p.channels, p.active,
         p.position, p.created_at, p.updated_at,
         array(SELECT group_id FROM product_modifier_groups
                WHERE product_id = p.id ORDER BY position, group_id) AS modifier_group_ids
    FROM products p`;

const COLUMNS = {
  categoryId: 'category_id',
  name: 'name',
  description: 'description',
  priceMinor: 'price_minor',
  taxRateEatInBps: 'tax_rate_eat_in_bps',
  taxRateTakeAwayBps: 'tax_rate_take_away_bps',
  allergens: 'allergens',
  channels: 'channels',
  active: 'active',
  position: 'position',
};

const toProduct = (r: ProductRow): ProductRecord => ({
  id: r.id,
  tenantId: r.tenant_id,
  categoryId: r.category_id,
  name: r.name,
  description: r.description,
  priceMinor: r.price_minor,
  taxRateEatInBps: r.tax_rate_eat_in_bps,
  taxRateTakeAwayBps: r.tax_rate_take_away_bps,
  allergens: r.allergens,
  channels: r.channels,
  active: r.active,
  position: r.position,
  modifierGroupIds: r.modifier_group_ids,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export function menuProductRepository(db: Db): CatalogPort['products'] {
  const find = async (tenantId: string, id: string) => {
    const [row] = await db.query<ProductRow>(
      `${SELECT} WHERE p.id = $1 AND p.tenant_id = $2 AND p.deleted_at IS NULL`,
      [id, tenantId],
    );
    return row && toProduct(row);
  };
  const linkGroups = async (productId: string, groupIds: string[]) => {
    await db.query('DELETE FROM product_modifier_groups WHERE product_id = $1', [productId]);
    await db.query(
      `INSERT INTO product_modifier_groups (product_id, group_id, position)
       SELECT $1, g.id, g.position - 1 FROM unnest($2::uuid[]) WITH ORDINALITY AS g (id, position)`,
      [productId, groupIds],
    );
  };
  return {
    find,

    async insert(p) {
      await db.query(
        `INSERT INTO products (id, tenant_id, category_id, name, description, price_minor,
                               tax_rate_eat_in_bps, tax_rate_take_away_bps, allergens, channels,
                               active, position, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
        [
          ...[p.id, p.tenantId, p.categoryId, p.name, p.description, p.priceMinor],
          ...[p.taxRateEatInBps, p.taxRateTakeAwayBps, p.allergens, p.channels, p.active],
          ...[p.position, p.createdAt, p.updatedAt],
        ],
      );
      await linkGroups(p.id, p.modifierGroupIds);
    },

    async list(tenantId, limit, after) {
      const rows = await db.query<ProductRow>(
        `${SELECT} WHERE p.tenant_id = $1 AND p.deleted_at IS NULL
            AND ($2::int IS NULL OR (p.position, p.id) > ($2, $3::uuid))
          ORDER BY p.position, p.id LIMIT $4`,
        [tenantId, after?.key ?? null, after?.id ?? null, limit],
      );
      return rows.map(toProduct);
    },

    async listIn(tenantId, categoryId, limit, after) {
      const rows = await db.query<ProductRow>(
        `${SELECT} WHERE p.tenant_id = $1 AND p.category_id = $5 AND p.deleted_at IS NULL
            AND ($2::int IS NULL OR (p.position, p.id) > ($2, $3::uuid))
          ORDER BY p.position, p.id LIMIT $4`,
        [tenantId, after?.key ?? null, after?.id ?? null, limit, categoryId],
      );
      return rows.map(toProduct);
    },

    async update(tenantId, id, changes, at) {
      const set = setClause(changes, COLUMNS, 3);
      const updated = await db.query(
        `UPDATE products SET ${[...(set.sql ? [set.sql] : []), 'updated_at = $3'].join(', ')}
          WHERE id = $1 AND tenant_id = $2 AND deleted_at IS NULL RETURNING id`,
        [id, tenantId, at, ...set.values],
      );
      if (updated.length === 0) return undefined;
      if (changes.modifierGroupIds) await linkGroups(id, changes.modifierGroupIds);
      return find(tenantId, id);
    },

    async remove(tenantId, id, at) {
      const rows = await db.query(
        `UPDATE products SET deleted_at = $3, updated_at = $3
          WHERE id = $1 AND tenant_id = $2 AND deleted_at IS NULL RETURNING id`,
        [id, tenantId, at],
      );
      return rows.length > 0;
    },
  };
}
