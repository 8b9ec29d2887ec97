import { Client } from 'pg';
import { hashApiKey, hashPassword } from '../libs/http/src';

/** Fixed ids, so seeding again changes nothing and the README's examples keep working. */
export const DEMO = {
  tenantId: '01930000-0000-7000-8000-000000000001',
  locationId: '01930000-0000-7000-8000-000000000002',
  /** The QR storefront's API key: a demo only, printed on purpose. */
  apiKey: 'bk_demo-gasthaus-zur-brigade-qr-tables',
  apiKeyId: '01930000-0000-7000-8000-000000000003',
  manager: {
    id: '01930000-0000-7000-8000-000000000004',
    email: 'chef@gasthaus.demo',
    password: 'brigade-demo',
  },
  products: [
    {
      id: '01930000-0000-7000-8000-000000000101',
      name: 'Wiener Schnitzel mit Kartoffelsalat',
      priceMinor: 1890,
      taxRateBps: 1900,
    },
    {
      id: '01930000-0000-7000-8000-000000000102',
      name: 'Käsespätzle',
      priceMinor: 1350,
      taxRateBps: 1900,
    },
    {
      id: '01930000-0000-7000-8000-000000000103',
      name: 'Flammkuchen Elsässer Art',
      priceMinor: 1190,
      taxRateBps: 1900,
    },
    {
      id: '01930000-0000-7000-8000-000000000104',
      name: 'Apfelschorle 0,4 l',
      priceMinor: 390,
      taxRateBps: 1900,
    },
    {
      id: '01930000-0000-7000-8000-000000000105',
      name: 'Helles 0,5 l',
      priceMinor: 490,
      taxRateBps: 1900,
    },
    {
      id: '01930000-0000-7000-8000-000000000106',
      name: 'Brezel (zum Mitnehmen)',
      priceMinor: 250,
      taxRateBps: 700,
    },
  ],
};

/** The demo restaurant "Gasthaus Zur Brigade" in the orders database. */
export async function seedDemo(ordersDbUrl: string): Promise<void> {
  const db = new Client({ connectionString: ordersDbUrl });
  await db.connect();
  try {
    await db.query(
      `INSERT INTO tenants (id, name) VALUES ($1, 'Gasthaus Zur Brigade GmbH') ON CONFLICT (id) DO NOTHING`,
      [DEMO.tenantId],
    );
    await db.query(
      `INSERT INTO api_keys (id, tenant_id, name, key_hash, location_ids, channel)
       VALUES ($1, $2, 'QR table ordering', $3, $4, 'qr') ON CONFLICT (id) DO NOTHING`,
      [DEMO.apiKeyId, DEMO.tenantId, hashApiKey(DEMO.apiKey), [DEMO.locationId]],
    );
    await db.query(
      `INSERT INTO staff_users (id, tenant_id, email, name, password_hash, roles)
       VALUES ($1, $2, $3, 'Küchenchefin Demo', $4, '{manager}') ON CONFLICT (id) DO NOTHING`,
      [
        DEMO.manager.id,
        DEMO.tenantId,
        DEMO.manager.email,
        await hashPassword(DEMO.manager.password),
      ],
    );
    await db.query(
      `INSERT INTO locations (id, tenant_id, name, currency, timezone) VALUES ($1, $2, 'Gasthaus Zur Brigade', 'EUR', 'Europe/Berlin')
       ON CONFLICT (id) DO NOTHING`,
      [DEMO.locationId, DEMO.tenantId],
    );
    for (const p of DEMO.products) {
      await db.query(
        `INSERT INTO products (id, tenant_id, location_id, name, price_minor, currency, tax_rate_bps, available)
         VALUES ($1, $2, $3, $4, $5, 'EUR', $6, true) ON CONFLICT (id) DO NOTHING`,
        [p.id, DEMO.tenantId, DEMO.locationId, p.name, p.priceMinor, p.taxRateBps],
      );
    }
  } finally {
    await db.end();
  }
}
