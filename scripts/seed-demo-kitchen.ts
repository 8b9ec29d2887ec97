import { createHash } from 'node:crypto';
import { Client } from 'pg';
import { DEMO } from './seed-demo';
import { SIMULATOR_PORTS } from './stack';

/** The demo stations and their screens' keys (demo secrets, like the storefront's key). */
export const DEMO_STATIONS = [
  {
    id: '01930000-0000-7000-8000-000000000901',
    code: 'kitchen',
    name: 'Küche',
    isDefault: true,
    receivesAll: false,
    screenKey: 'kds_demo_kueche_0000000000000000000000',
  },
  {
    id: '01930000-0000-7000-8000-000000000902',
    code: 'bar',
    name: 'Bar',
    isDefault: false,
    receivesAll: false,
    screenKey: 'kds_demo_bar_000000000000000000000000',
  },
  {
    id: '01930000-0000-7000-8000-000000000903',
    code: 'pass',
    name: 'Pass',
    isDefault: false,
    receivesAll: true,
    screenKey: 'kds_demo_pass_00000000000000000000000',
  },
] as const;

/**
 * The demo kitchen: Küche (the default), the Bar (drinks go there) and the Pass, which
 * sees everything; printers on the simulated ones: Küche with a spare as its backup, and
 * the Pass. Seeding again changes nothing.
 */
export async function seedKitchenDemo(kitchenDbUrl: string): Promise<void> {
  const [kitchen, pass, spare] = SIMULATOR_PORTS.printers;
  const db = new Client({ connectionString: kitchenDbUrl });
  await db.connect();
  try {
    for (const s of DEMO_STATIONS) {
      await db.query(
        `INSERT INTO stations (id, tenant_id, location_id, code, name, is_default, receives_all, screen_key_hash, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now()) ON CONFLICT DO NOTHING`,
        [
          s.id,
          DEMO.tenantId,
          DEMO.locationId,
          s.code,
          s.name,
          s.isDefault,
          s.receivesAll,
          createHash('sha256').update(s.screenKey).digest('hex'),
        ],
      );
    }
    await db.query(
      `INSERT INTO routing_rules (id, tenant_id, location_id, station_id, category_id, created_at)
       VALUES ('01930000-0000-7000-8000-000000000911', $1, $2, $3, $4, now()) ON CONFLICT DO NOTHING`,
      [DEMO.tenantId, DEMO.locationId, DEMO_STATIONS[1].id, DEMO.categories.drinks],
    );
    const printers = [
      ['01930000-0000-7000-8000-000000000803', 'spare', 'Ersatzdrucker', spare, null],
      [
        '01930000-0000-7000-8000-000000000801',
        'kitchen',
        'Küche',
        kitchen,
        '01930000-0000-7000-8000-000000000803',
      ],
      ['01930000-0000-7000-8000-000000000802', 'pass', 'Pass', pass, null],
    ] as const;
    for (const [id, station, name, port, backup] of printers) {
      await db.query(
        `INSERT INTO printers (id, tenant_id, location_id, station, name, host, port, backup_printer_id, created_at)
         VALUES ($1, $2, $3, $4, $5, '127.0.0.1', $6, $7, now())
         ON CONFLICT (id) DO UPDATE SET station = excluded.station`,
        [id, DEMO.tenantId, DEMO.locationId, station, name, port, backup],
      );
    }
  } finally {
    await db.end();
  }
}
