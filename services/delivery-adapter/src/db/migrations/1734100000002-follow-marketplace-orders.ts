import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Following an order after it is taken: when its deadline was escalated, the lines of our
 * order it became, and which of them the kitchen has ready (all ready: the marketplace
 * hears "ready").
 */
export class FollowMarketplaceOrders1734100000002 implements MigrationInterface {
  name = 'FollowMarketplaceOrders1734100000002';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE marketplace_orders
        ADD COLUMN escalated_at timestamptz,
        ADD COLUMN internal_line_ids uuid[] NOT NULL DEFAULT '{}',
        ADD COLUMN ready_line_ids uuid[] NOT NULL DEFAULT '{}'`);
    await runner.query(
      'CREATE INDEX marketplace_orders_deadline ON marketplace_orders (deadline_at) WHERE internal_order_id IS NULL',
    );
    await runner.query(
      'CREATE INDEX marketplace_orders_internal ON marketplace_orders (internal_order_id)',
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE marketplace_orders DROP COLUMN escalated_at,
      DROP COLUMN internal_line_ids, DROP COLUMN ready_line_ids`);
  }
}
