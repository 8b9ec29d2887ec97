import { Client } from 'pg';
import { DEMO } from './seed-demo';

/** The demo restaurant's stores at the three marketplaces (the simulator's ids). */
export const DEMO_STORES = {
  'uber-eats': 'demo-uber-store',
  wolt: 'demo-wolt-venue',
  deliveroo: 'demo-deliveroo-site',
} as const;

/** The SKUs the marketplaces know the demo menu by. */
export const DEMO_SKUS = {
  SCHNITZEL: DEMO.products[0]!.id,
  SPAETZLE: DEMO.products[1]!.id,
  HELLES: DEMO.products[4]!.id,
  PREISELBEEREN: DEMO.schnitzelExtras.options[0]!.id,
} as const;

/**
 * The demo location is a store at Uber Eats and Wolt (accepting by itself) and Deliveroo
 * (staff decide; accepted by the fallback before the deadline), with its SKUs mapped.
 * Seeding again changes nothing.
 */
export async function seedMarketplacesDemo(deliveryDbUrl: string): Promise<void> {
  const db = new Client({ connectionString: deliveryDbUrl });
  await db.connect();
  try {
    for (const [marketplace, storeId] of Object.entries(DEMO_STORES)) {
      await db.query(
        `INSERT INTO marketplace_stores (marketplace, store_id, tenant_id, location_id, updated_by, updated_at, auto_accept, fallback)
         VALUES ($1, $2, $3, $4, 'system:demo', now(), $5, 'accept') ON CONFLICT DO NOTHING`,
        [marketplace, storeId, DEMO.tenantId, DEMO.locationId, marketplace !== 'deliveroo'],
      );
    }
    for (const [sku, id] of Object.entries(DEMO_SKUS)) {
      const isOption = sku === 'PREISELBEEREN';
      await db.query(
        `INSERT INTO sku_mappings (location_id, tenant_id, sku, product_id, modifier_option_id, updated_by, updated_at)
         VALUES ($1, $2, $3, $4, $5, 'system:demo', now()) ON CONFLICT DO NOTHING`,
        [DEMO.locationId, DEMO.tenantId, sku, isOption ? null : id, isOption ? id : null],
      );
    }
  } finally {
    await db.end();
  }
}
