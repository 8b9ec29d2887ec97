import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Orders as tabs: rounds, seats, courses, held and fired items, modifiers, comps and voids,
 * moves between tables; and the append-only event log of every change.
 */
export class ExtendOrdersForTabs1733400000000 implements MigrationInterface {
  name = 'ExtendOrdersForTabs1733400000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE orders
        ADD COLUMN guest_count integer CHECK (guest_count > 0),
        ADD COLUMN alias text,
        ADD COLUMN merged_into_order_id uuid REFERENCES orders (id),
        ADD COLUMN cancel_reason text,
        ADD COLUMN rounds integer NOT NULL DEFAULT 1`);
    await runner.query(`CREATE INDEX orders_location_created ON orders (location_id, id DESC)`);
    await runner.query(`
      ALTER TABLE order_items
        ADD COLUMN round integer NOT NULL DEFAULT 1,
        ADD COLUMN source text,
        ADD COLUMN category_id uuid,
        ADD COLUMN base_unit_price_minor integer,
        ADD COLUMN price_rule text,
        ADD COLUMN modifiers jsonb NOT NULL DEFAULT '[]',
        ADD COLUMN seat integer CHECK (seat > 0),
        ADD COLUMN course integer CHECK (course > 0),
        ADD COLUMN held boolean NOT NULL DEFAULT false,
        ADD COLUMN fired_at timestamptz,
        ADD COLUMN fire_id uuid,
        ADD COLUMN sent_at timestamptz,
        ADD COLUMN comped boolean NOT NULL DEFAULT false,
        ADD COLUMN comp_reason text,
        ADD COLUMN void_reason text,
        ADD COLUMN added_by text`);
    await runner.query(`
      UPDATE order_items i SET source = o.channel, base_unit_price_minor = i.unit_price_minor,
             fired_at = o.created_at
        FROM orders o WHERE o.id = i.order_id`);
    await runner.query(`ALTER TABLE order_items ALTER COLUMN source SET NOT NULL`);
    await runner.query(`ALTER TABLE order_items ALTER COLUMN base_unit_price_minor SET NOT NULL`);
    // Append-only: one row per change of an order, written in the transaction of the change.
    await runner.query(`
      CREATE TABLE order_events (
        order_id uuid NOT NULL REFERENCES orders (id),
        version integer NOT NULL,
        tenant_id uuid NOT NULL,
        type text NOT NULL,
        actor text NOT NULL,
        approved_by uuid,
        reason text,
        data jsonb NOT NULL,
        at timestamptz NOT NULL,
        PRIMARY KEY (order_id, version)
      )`);
    await runner.query(`
      CREATE FUNCTION order_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'order_events is append-only';
      END $$`);
    await runner.query(`
      CREATE TRIGGER order_events_no_change BEFORE UPDATE OR DELETE ON order_events
      FOR EACH ROW EXECUTE FUNCTION order_events_append_only()`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE order_events');
    await runner.query('DROP FUNCTION order_events_append_only');
    await runner.query(`
      ALTER TABLE order_items DROP COLUMN round, DROP COLUMN source, DROP COLUMN category_id,
        DROP COLUMN base_unit_price_minor, DROP COLUMN price_rule, DROP COLUMN modifiers,
        DROP COLUMN seat, DROP COLUMN course, DROP COLUMN held, DROP COLUMN fired_at,
        DROP COLUMN fire_id, DROP COLUMN sent_at, DROP COLUMN comped, DROP COLUMN comp_reason,
        DROP COLUMN void_reason, DROP COLUMN added_by`);
    await runner.query('DROP INDEX orders_location_created');
    await runner.query(`
      ALTER TABLE orders DROP COLUMN guest_count, DROP COLUMN alias,
        DROP COLUMN merged_into_order_id, DROP COLUMN cancel_reason, DROP COLUMN rounds`);
  }
}
