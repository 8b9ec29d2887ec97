import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateOrders1732400000000 implements MigrationInterface {
  name = 'CreateOrders1732400000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE locations (
        id uuid PRIMARY KEY,
        tenant_id uuid NOT NULL,
        name text NOT NULL,
        currency char(3) NOT NULL,
        timezone text NOT NULL DEFAULT 'Europe/Berlin'
      )`);
    // Order numbers come from one sequence per location: nextval takes no lock held until
    // commit, so orders of one busy location do not queue behind each other. A failed
    // transaction may leave a gap, which order numbers (unlike bill numbers) may have.
    await runner.query(`
      CREATE FUNCTION create_order_number_sequence() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        EXECUTE format('CREATE SEQUENCE %I', 'order_numbers_' || replace(NEW.id::text, '-', ''));
        RETURN NEW;
      END $$`);
    await runner.query(`
      CREATE TRIGGER locations_order_numbers AFTER INSERT ON locations
      FOR EACH ROW EXECUTE FUNCTION create_order_number_sequence()`);
    await runner.query(`
      CREATE TABLE products (
        id uuid PRIMARY KEY,
        tenant_id uuid NOT NULL,
        location_id uuid NOT NULL REFERENCES locations (id),
        name text NOT NULL,
        price_minor integer NOT NULL CHECK (price_minor >= 0),
        currency char(3) NOT NULL,
        tax_rate_bps integer NOT NULL CHECK (tax_rate_bps BETWEEN 0 AND 10000),
        available boolean NOT NULL DEFAULT true
      )`);
    await runner.query('CREATE INDEX products_location ON products (location_id)');
    await runner.query(`
      CREATE TABLE orders (
        id uuid PRIMARY KEY,
        tenant_id uuid NOT NULL,
        location_id uuid NOT NULL REFERENCES locations (id),
        order_number integer NOT NULL,
        type text NOT NULL,
        channel text NOT NULL,
        status text NOT NULL,
        table_label text,
        customer_name text,
        total_minor integer NOT NULL,
        currency char(3) NOT NULL,
        version integer NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        UNIQUE (location_id, order_number)
      )`);
    await runner.query(`
      CREATE TABLE order_items (
        id uuid PRIMARY KEY,
        order_id uuid NOT NULL REFERENCES orders (id),
        tenant_id uuid NOT NULL,
        position integer NOT NULL,
        product_id uuid NOT NULL,
        name text NOT NULL,
        quantity integer NOT NULL CHECK (quantity > 0),
        unit_price_minor integer NOT NULL,
        tax_rate_bps integer NOT NULL,
        total_minor integer NOT NULL,
        notes text,
        status text NOT NULL
      )`);
    await runner.query('CREATE INDEX order_items_order ON order_items (order_id)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE order_items, orders, products, locations');
    await runner.query('DROP FUNCTION create_order_number_sequence');
  }
}
