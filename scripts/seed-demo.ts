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
  categories: {
    mains: '01930000-0000-7000-8000-000000000201',
    drinks: '01930000-0000-7000-8000-000000000202',
    snacks: '01930000-0000-7000-8000-000000000203',
  },
  /** Food is 19 % eaten in and 7 % taken away; drinks 19 % either way. */
  products: [
    {
      id: '01930000-0000-7000-8000-000000000101',
      name: 'Wiener Schnitzel mit Kartoffelsalat',
      priceMinor: 1890,
      taxRateBps: 1900,
      taxRateTakeAwayBps: 700,
      category: 'mains',
      allergens: ['gluten', 'eggs', 'mustard'],
    },
    {
      id: '01930000-0000-7000-8000-000000000102',
      name: 'Käsespätzle',
      priceMinor: 1350,
      taxRateBps: 1900,
      taxRateTakeAwayBps: 700,
      category: 'mains',
      allergens: ['gluten', 'eggs', 'milk'],
    },
    {
      id: '01930000-0000-7000-8000-000000000103',
      name: 'Flammkuchen Elsässer Art',
      priceMinor: 1190,
      taxRateBps: 1900,
      taxRateTakeAwayBps: 700,
      category: 'mains',
      allergens: ['gluten', 'milk'],
    },
    {
      id: '01930000-0000-7000-8000-000000000104',
      name: 'Apfelschorle 0,4 l',
      priceMinor: 390,
      taxRateBps: 1900,
      taxRateTakeAwayBps: 1900,
      category: 'drinks',
      allergens: [],
    },
    {
      id: '01930000-0000-7000-8000-000000000105',
      name: 'Helles 0,5 l',
      priceMinor: 490,
      taxRateBps: 1900,
      taxRateTakeAwayBps: 1900,
      category: 'drinks',
      allergens: ['gluten'],
    },
    {
      id: '01930000-0000-7000-8000-000000000106',
      name: 'Brezel (zum Mitnehmen)',
      priceMinor: 250,
      taxRateBps: 700,
      taxRateTakeAwayBps: 700,
      category: 'snacks',
      allergens: ['gluten'],
    },
  ],
  /** An optional choice on the Schnitzel. */
  schnitzelExtras: {
    groupId: '01930000-0000-7000-8000-000000000301',
    options: [
      { id: '01930000-0000-7000-8000-000000000311', name: 'Preiselbeeren', priceDeltaMinor: 150 },
      { id: '01930000-0000-7000-8000-000000000312', name: 'Pilzrahmsoße', priceDeltaMinor: 250 },
    ],
  },
  /** Drinks 30 % off on weekdays from 17:00 to 19:00, Berlin time. */
  happyHourId: '01930000-0000-7000-8000-000000000401',
  /** A waiter, who needs the manager's approval to cancel what the kitchen already has. */
  waiter: {
    id: '01930000-0000-7000-8000-000000000005',
    email: 'kellner@gasthaus.demo',
    password: 'brigade-demo',
  },
  /** The group's operator, who acts on the dead letters (fiscal pushes the POS refused). */
  operator: {
    id: '01930000-0000-7000-8000-000000000006',
    email: 'betrieb@gasthaus.demo',
    password: 'brigade-demo',
  },
  /** The dining room: tables 1–8; the code printed on table n's QR is `qrTokenOf(n)`. */
  areaId: '01930000-0000-7000-8000-000000000501',
  tables: Array.from({ length: 8 }, (_, i) => ({
    id: `01930000-0000-7000-8000-00000000060${i + 1}`,
    number: String(i + 1),
  })),
};

/** The (demo, public) token printed in table n's QR code. */
export const qrTokenOf = (tableNumber: string) =>
  `demo-gasthaus-zur-brigade-table-${tableNumber.padStart(2, '0')}`;

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
    await db.query(
      `INSERT INTO staff_users (id, tenant_id, email, name, password_hash, roles)
       VALUES ($1, $2, $3, 'Kellner Demo', $4, '{waiter}') ON CONFLICT (id) DO NOTHING`,
      [DEMO.waiter.id, DEMO.tenantId, DEMO.waiter.email, await hashPassword(DEMO.waiter.password)],
    );
    await db.query(
      `INSERT INTO staff_users (id, tenant_id, email, name, password_hash, roles)
       VALUES ($1, $2, $3, 'Betrieb Demo', $4, '{operator}') ON CONFLICT (id) DO NOTHING`,
      [
        DEMO.operator.id,
        DEMO.tenantId,
        DEMO.operator.email,
        await hashPassword(DEMO.operator.password),
      ],
    );
    await seedMenu(db);
    await seedFloor(db);
  } finally {
    await db.end();
  }
}

async function seedMenu(db: Client): Promise<void> {
  const { categories, schnitzelExtras: extras } = DEMO;
  await db.query(
    `INSERT INTO menu_categories (id, tenant_id, name, position)
     VALUES ($2, $1, 'Hauptgerichte', 1), ($3, $1, 'Getränke', 2), ($4, $1, 'Snacks', 3)
     ON CONFLICT (id) DO NOTHING`,
    [DEMO.tenantId, categories.mains, categories.drinks, categories.snacks],
  );
  for (const [i, p] of DEMO.products.entries()) {
    await db.query(
      `INSERT INTO products (id, tenant_id, category_id, name, price_minor, tax_rate_eat_in_bps,
                             tax_rate_take_away_bps, allergens, position)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (id) DO NOTHING`,
      [
        ...[p.id, DEMO.tenantId, categories[p.category as keyof typeof categories], p.name],
        ...[p.priceMinor, p.taxRateBps, p.taxRateTakeAwayBps, p.allergens, i],
      ],
    );
  }
  await db.query(
    `INSERT INTO modifier_groups (id, tenant_id, name, min_select, max_select)
     VALUES ($1, $2, 'Extras', 0, 2) ON CONFLICT (id) DO NOTHING`,
    [extras.groupId, DEMO.tenantId],
  );
  for (const [i, o] of extras.options.entries()) {
    await db.query(
      `INSERT INTO modifier_options (id, group_id, tenant_id, name, price_delta_minor, position)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (id) DO NOTHING`,
      [o.id, extras.groupId, DEMO.tenantId, o.name, o.priceDeltaMinor, i],
    );
  }
  await db.query(
    `INSERT INTO product_modifier_groups (product_id, group_id) VALUES ($1, $2)
     ON CONFLICT DO NOTHING`,
    [DEMO.products[0]!.id, extras.groupId],
  );
  await db.query(
    `INSERT INTO price_rules (id, tenant_id, name, days_of_week, starts_at, ends_at, category_ids,
                              percent_off_bps)
     VALUES ($1, $2, 'Happy Hour', '{1,2,3,4,5}', '17:00', '19:00', $3, 3000)
     ON CONFLICT (id) DO NOTHING`,
    [DEMO.happyHourId, DEMO.tenantId, [categories.drinks]],
  );
}

async function seedFloor(db: Client): Promise<void> {
  await db.query(
    `INSERT INTO dining_areas (id, tenant_id, location_id, name) VALUES ($1, $2, $3, 'Gastraum')
     ON CONFLICT (id) DO NOTHING`,
    [DEMO.areaId, DEMO.tenantId, DEMO.locationId],
  );
  for (const [i, table] of DEMO.tables.entries()) {
    await db.query(
      `INSERT INTO tables (id, tenant_id, location_id, area_id, number, capacity, x, y, qr_token)
       VALUES ($1, $2, $3, $4, $5, 4, $6, $7, $8) ON CONFLICT (id) DO NOTHING`,
      [
        ...[table.id, DEMO.tenantId, DEMO.locationId, DEMO.areaId, table.number],
        ...[(i % 4) * 120, Math.floor(i / 4) * 120, qrTokenOf(table.number)],
      ],
    );
  }
}
