import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Taking marketplace orders into ours: SKUs mapped to our catalog per location, whether a
 * store accepts by itself or by staff, the internal order an accepted one became, what is
 * missing to map one, and each status sent back, once per order and status.
 */
export class TakeMarketplaceOrders1734100000001 implements MigrationInterface {
  name = 'TakeMarketplaceOrders1734100000001';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE sku_mappings (
        location_id uuid NOT NULL,
        tenant_id uuid NOT NULL,
        sku text NOT NULL,
        product_id uuid,
        modifier_option_id uuid,
        updated_by text NOT NULL,
        updated_at timestamptz NOT NULL,
        PRIMARY KEY (location_id, sku),
        CHECK ((product_id IS NULL) <> (modifier_option_id IS NULL))
      )`);
    await runner.query(`
      ALTER TABLE marketplace_stores
        ADD COLUMN auto_accept boolean NOT NULL DEFAULT true,
        ADD COLUMN fallback text NOT NULL DEFAULT 'accept' CHECK (fallback IN ('accept', 'deny'))`);
    await runner.query(`
      ALTER TABLE marketplace_orders
        ADD COLUMN internal_order_id uuid,
        ADD COLUMN missing_skus text[] NOT NULL DEFAULT '{}',
        ADD COLUMN deny_reason text,
        ADD COLUMN decided_by text,
        ADD COLUMN deadline_at timestamptz`);
    await runner.query(`
      CREATE TABLE marketplace_status_updates (
        order_id uuid NOT NULL REFERENCES marketplace_orders (id),
        status text NOT NULL,
        reason text,
        state text NOT NULL CHECK (state IN ('pending', 'sent', 'failed')),
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        created_at timestamptz NOT NULL,
        sent_at timestamptz,
        PRIMARY KEY (order_id, status)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE marketplace_status_updates, sku_mappings');
    await runner.query(`ALTER TABLE marketplace_orders DROP COLUMN internal_order_id,
      DROP COLUMN missing_skus, DROP COLUMN deny_reason, DROP COLUMN decided_by, DROP COLUMN deadline_at`);
    await runner.query(
      'ALTER TABLE marketplace_stores DROP COLUMN auto_accept, DROP COLUMN fallback',
    );
  }
}
