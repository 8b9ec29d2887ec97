import { Client } from 'pg';
import { DEMO } from './seed-demo';

/** The demo's bar register, so cash can be taken as soon as a session is opened on it. */
export const DEMO_REGISTER_ID = '01930000-0000-7000-8000-000000000701';

/**
 * Billing's side of the demo restaurant: its settings (Berlin time, 10 % service charge
 * for parties of 8 or more, discounts above 10 % need a manager) and one register.
 * Seeding again changes nothing.
 */
export async function seedBillingDemo(billingDbUrl: string): Promise<void> {
  const db = new Client({ connectionString: billingDbUrl });
  await db.connect();
  try {
    await db.query(
      `INSERT INTO location_billing_settings (location_id, tenant_id, timezone, require_open_register,
         service_charge_bps, service_charge_min_guests, discount_approval_above_bps, updated_by, updated_at)
       VALUES ($1, $2, 'Europe/Berlin', false, 1000, 8, 1000, 'system:demo-seed', now())
       ON CONFLICT (location_id) DO NOTHING`,
      [DEMO.locationId, DEMO.tenantId],
    );
    await db.query(
      `INSERT INTO cash_registers (id, tenant_id, location_id, name, created_at)
       VALUES ($1, $2, $3, 'Tresen', now()) ON CONFLICT DO NOTHING`,
      [DEMO_REGISTER_ID, DEMO.tenantId, DEMO.locationId],
    );
  } finally {
    await db.end();
  }
}
