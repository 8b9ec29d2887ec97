import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateBillableOrders1732600000000 implements MigrationInterface {
  name = 'CreateBillableOrders1732600000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE billable_orders (
        order_id uuid PRIMARY KEY,
        tenant_id uuid NOT NULL,
        location_id uuid NOT NULL,
        order_number integer NOT NULL,
        lines jsonb NOT NULL,
        total_minor integer NOT NULL,
        currency char(3) NOT NULL,
        order_version integer NOT NULL,
        placed_at timestamptz NOT NULL
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE billable_orders');
  }
}
