import type { Db } from '@brigade/db';
import type { Product } from '../../domain/menu/pricing';
import type { LocationRepository } from '../../domain/ports';

type Nullable<T> = { [K in keyof T]: T[K] | null };
type LocationProductRow = { tenant_id: string; location_currency: string } & Nullable<{
  id: string;
  name: string;
  price_minor: number;
  currency: string;
  tax_rate_bps: number;
  available: boolean;
}>;

export function locationRepository(db: Db): LocationRepository {
  return {
    async findWithProducts(locationId, productIds) {
      const rows = await db.query<LocationProductRow>(
        `SELECT l.tenant_id, l.currency AS location_currency, p.id, p.name, p.price_minor, p.currency,
                p.tax_rate_bps, p.available
           FROM locations l
           LEFT JOIN products p ON p.location_id = l.id AND p.id = ANY($2::uuid[])
          WHERE l.id = $1`,
        [locationId, productIds],
      );
      const [first] = rows;
      if (!first) return undefined;
      const location = {
        id: locationId,
        tenantId: first.tenant_id,
        currency: first.location_currency,
      };
      const products = new Map<string, Product>();
      for (const r of rows) {
        if (r.id === null) continue;
        products.set(r.id, {
          id: r.id,
          name: r.name!,
          priceMinor: r.price_minor!,
          currency: r.currency!,
          taxRateBps: r.tax_rate_bps!,
          available: r.available!,
        });
      }
      return { location, products };
    },
  };
}
