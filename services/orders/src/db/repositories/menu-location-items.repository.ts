import type { Db } from '@brigade/db';
import type { LocationItemRecord } from '../../domain/menu/catalog-ports';
import type { CatalogPort } from '../../domain/menu/ports';

interface ItemRow {
  location_id: string;
  product_id: string;
  price_minor: number | null;
  available: boolean;
  snoozed_until: Date | null;
}

const COLUMNS = 'location_id, product_id, price_minor, available, snoozed_until';

const toItem = (r: ItemRow): LocationItemRecord => ({
  locationId: r.location_id,
  productId: r.product_id,
  priceMinor: r.price_minor,
  available: r.available,
  snoozedUntil: r.snoozed_until,
});

export function menuLocationItemRepository(db: Db): CatalogPort['locationItems'] {
  return {
    async put(tenantId, item, at) {
      const [row] = await db.query<ItemRow>(
        `INSERT INTO location_items (location_id, product_id, tenant_id, price_minor, available, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (location_id, product_id) DO UPDATE
           SET price_minor = excluded.price_minor, available = excluded.available,
               updated_at = excluded.updated_at
         RETURNING ${COLUMNS}`,
        [item.locationId, item.productId, tenantId, item.priceMinor, item.available, at],
      );
      return toItem(row!);
    },

    async snooze(tenantId, locationId, productId, until, at) {
      const [row] = await db.query<ItemRow>(
        `INSERT INTO location_items (location_id, product_id, tenant_id, snoozed_until, updated_at)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (location_id, product_id) DO UPDATE
           SET snoozed_until = excluded.snoozed_until, updated_at = excluded.updated_at
         RETURNING ${COLUMNS}`,
        [locationId, productId, tenantId, until, at],
      );
      return toItem(row!);
    },
  };
}
