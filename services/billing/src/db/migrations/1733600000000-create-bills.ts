import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Bills (split checks) and their lines. Numbers are gapless per location and year: taken
 * from a counter row locked in the bill's own transaction, so a rollback gives it back.
 */
export class CreateBills1733600000000 implements MigrationInterface {
  name = 'CreateBills1733600000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE bill_number_counters (
        location_id uuid NOT NULL,
        year integer NOT NULL,
        last_number integer NOT NULL,
        PRIMARY KEY (location_id, year)
      )`);
    await runner.query(`
      CREATE TABLE bills (
        id uuid PRIMARY KEY,
        tenant_id uuid NOT NULL,
        location_id uuid NOT NULL,
        order_id uuid NOT NULL REFERENCES billable_orders (order_id),
        year integer NOT NULL,
        number integer NOT NULL,
        label text NOT NULL,
        status text NOT NULL CHECK (status IN ('open', 'paid', 'voided')),
        total_minor integer NOT NULL CHECK (total_minor >= 0),
        currency char(3) NOT NULL,
        taxes jsonb NOT NULL,
        order_version integer NOT NULL,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL,
        UNIQUE (location_id, year, number)
      )`);
    await runner.query('CREATE INDEX bills_order ON bills (order_id)');
    await runner.query(`
      CREATE TABLE bill_lines (
        bill_id uuid NOT NULL REFERENCES bills (id),
        line_id uuid NOT NULL,
        position integer NOT NULL,
        amount_minor integer NOT NULL CHECK (amount_minor >= 0),
        parts integer NOT NULL,
        of_parts integer NOT NULL,
        tax_rate_bps integer NOT NULL,
        PRIMARY KEY (bill_id, line_id)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE bill_lines, bills, bill_number_counters');
  }
}
