import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateTickets1732500000000 implements MigrationInterface {
  name = 'CreateTickets1732500000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE tickets (
        id uuid PRIMARY KEY,
        tenant_id uuid NOT NULL,
        location_id uuid NOT NULL,
        order_id uuid NOT NULL,
        order_number integer NOT NULL,
        fire_id uuid NOT NULL,
        station text NOT NULL,
        status text NOT NULL,
        type text NOT NULL,
        channel text NOT NULL,
        table_label text,
        customer_name text,
        fired_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL,
        UNIQUE (fire_id, station)
      )`);
    await runner.query('CREATE INDEX tickets_order ON tickets (order_id)');
    await runner.query(`
      CREATE TABLE ticket_items (
        id uuid PRIMARY KEY,
        ticket_id uuid NOT NULL REFERENCES tickets (id),
        position integer NOT NULL,
        line_id uuid NOT NULL,
        name text NOT NULL,
        quantity integer NOT NULL,
        notes text,
        status text NOT NULL
      )`);
    await runner.query('CREATE INDEX ticket_items_ticket ON ticket_items (ticket_id)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE ticket_items, tickets');
  }
}
