import { Client } from 'pg';
import { DEMO } from './seed-demo';
import { SIMULATOR_PORTS } from './stack';

/**
 * The demo kitchen's printers, on the simulated ones: the kitchen printer with a spare as
 * its backup, and the pass printer. Seeding again changes nothing.
 */
export async function seedKitchenDemo(kitchenDbUrl: string): Promise<void> {
  const [kitchen, pass, spare] = SIMULATOR_PORTS.printers;
  const db = new Client({ connectionString: kitchenDbUrl });
  await db.connect();
  try {
    const printers = [
      ['01930000-0000-7000-8000-000000000803', 'spare', 'Ersatzdrucker', spare, null],
      [
        '01930000-0000-7000-8000-000000000801',
        'kitchen',
        'Küche',
        kitchen,
        '01930000-0000-7000-8000-000000000803',
      ],
      ['01930000-0000-7000-8000-000000000802', 'kitchen', 'Pass', pass, null],
    ] as const;
    for (const [id, station, name, port, backup] of printers) {
      await db.query(
        `INSERT INTO printers (id, tenant_id, location_id, station, name, host, port, backup_printer_id, created_at)
         VALUES ($1, $2, $3, $4, $5, '127.0.0.1', $6, $7, now()) ON CONFLICT DO NOTHING`,
        [id, DEMO.tenantId, DEMO.locationId, station, name, port, backup],
      );
    }
  } finally {
    await db.end();
  }
}
