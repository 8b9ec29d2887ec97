import type { Db } from '@brigade/db';
import type { CatalogReference } from '../../domain/menu/catalog-ports';
import type { MenuPort } from '../../domain/menu/ports';
import { readCatalog } from './menu-catalog.query';
import { menuCategoryRepository } from './menu-categories.repository';
import { menuLocationItemRepository } from './menu-location-items.repository';
import { menuModifierGroupRepository } from './menu-modifier-groups.repository';
import { menuPriceRuleRepository } from './menu-price-rules.repository';
import { menuProductRepository } from './menu-products.repository';

const TABLES: Record<CatalogReference, string> = {
  category: 'menu_categories',
  product: 'products',
  'modifier-group': 'modifier_groups',
  location: 'locations',
};

/** The catalog: what ordering reads on its hot path, and what staff manage. */
export function menuRepository(db: Db): MenuPort {
  return {
    async loadForOrder(locationId, productIds) {
      const found = await readCatalog(db, locationId, productIds);
      if (!found) return undefined;
      const { name: _name, ...location } = found.location;
      return { location, catalog: found.catalog };
    },

    catalog: {
      categories: menuCategoryRepository(db),
      products: menuProductRepository(db),
      modifierGroups: menuModifierGroupRepository(db),
      priceRules: menuPriceRuleRepository(db),
      locationItems: menuLocationItemRepository(db),

      loadMenu: (locationId) => readCatalog(db, locationId, 'all'),

      async existing(tenantId, kind, ids) {
        const live = kind === 'product' ? 'AND deleted_at IS NULL' : '';
        const rows = await db.query<{ id: string }>(
          `SELECT id FROM ${TABLES[kind]} WHERE id = ANY ($1::uuid[]) AND tenant_id = $2 ${live}`,
          [ids, tenantId],
        );
        return new Set(rows.map((r) => r.id));
      },

      async locationTenant(locationId) {
        const [row] = await db.query<{ tenant_id: string }>(
          'SELECT tenant_id FROM locations WHERE id = $1',
          [locationId],
        );
        return row?.tenant_id;
      },

      // Row locks on menu_versions serialize concurrent changes: versions never repeat or skip.
      async bumpVersions(tenantId, locationIds) {
        return db.query<{ locationId: string; version: number }>(
          `INSERT INTO menu_versions (location_id, version)
           SELECT id, 1 FROM locations
            WHERE tenant_id = $1 AND ($2::uuid[] IS NULL OR id = ANY ($2::uuid[]))
            ORDER BY id
           ON CONFLICT (location_id) DO UPDATE SET version = menu_versions.version + 1
           RETURNING location_id AS "locationId", version`,
          [tenantId, locationIds === 'all' ? null : locationIds],
        );
      },
    },
  };
}
