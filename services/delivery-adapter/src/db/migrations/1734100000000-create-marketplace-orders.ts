import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the marketplaces send. `marketplace_webhooks` keeps every accepted event id: the
 * signatures carry no timestamp, so a replay is only recognised by its id. A marketplace
 * order is stored once (unique per marketplace and its id), however often it is announced.
 * `marketplace_stores` says which of our locations a marketplace's store is.
 */
export class CreateMarketplaceOrders1734100000000 implements MigrationInterface {
  name = 'CreateMarketplaceOrders1734100000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE marketplace_stores (
        marketplace text NOT NULL CHECK (marketplace IN ('uber-eats', 'wolt', 'deliveroo')),
        store_id text NOT NULL,
        tenant_id uuid NOT NULL,
        location_id uuid NOT NULL,
        updated_by text NOT NULL,
        updated_at timestamptz NOT NULL,
        PRIMARY KEY (marketplace, store_id),
        UNIQUE (location_id, marketplace)
      )`);
    await runner.query(`
      CREATE TABLE marketplace_webhooks (
        marketplace text NOT NULL,
        event_id text NOT NULL,
        marketplace_order_id text,
        received_at timestamptz NOT NULL,
        PRIMARY KEY (marketplace, event_id)
      )`);
    await runner.query(`
      CREATE TABLE marketplace_orders (
        id uuid PRIMARY KEY,
        marketplace text NOT NULL,
        marketplace_order_id text NOT NULL,
        store_id text NOT NULL,
        tenant_id uuid,
        location_id uuid,
        status text NOT NULL,
        display_id text,
        resource_url text,
        order_data jsonb,
        last_error text,
        received_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        UNIQUE (marketplace, marketplace_order_id)
      )`);
    await runner.query(
      'CREATE INDEX marketplace_orders_location ON marketplace_orders (location_id, received_at DESC)',
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE marketplace_orders, marketplace_webhooks, marketplace_stores');
  }
}
