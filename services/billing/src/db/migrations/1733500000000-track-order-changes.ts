import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The billable order follows every change orders publishes: its status and details, each
 * line's state (inside `lines`: `status` active or cancelled, beside `comped`), and the set
 * of order versions applied (a late older event is applied, an applied one never twice).
 */
export class TrackOrderChanges1733500000000 implements MigrationInterface {
  name = 'TrackOrderChanges1733500000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE billable_orders
        ADD COLUMN status text NOT NULL DEFAULT 'open'
          CONSTRAINT billable_orders_status_check CHECK (status IN ('open', 'cancelled')),
        ADD COLUMN order_type text,
        ADD COLUMN table_label text,
        ADD COLUMN customer_name text,
        ADD COLUMN alias text,
        ADD COLUMN guest_count integer,
        ADD COLUMN details_version integer NOT NULL DEFAULT 0,
        ADD COLUMN merged_into_order_id uuid,
        ADD COLUMN applied_versions integer[] NOT NULL DEFAULT '{}'`);
    // Views built before this migration: every line still charged, the placed version applied.
    await runner.query(`
      UPDATE billable_orders SET
        applied_versions = ARRAY[order_version],
        details_version = order_version,
        lines = (SELECT coalesce(jsonb_agg(l || '{"status": "active"}'::jsonb ORDER BY i), '[]'::jsonb)
                 FROM jsonb_array_elements(lines) WITH ORDINALITY AS t(l, i))`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`
      UPDATE billable_orders SET
        lines = (SELECT coalesce(jsonb_agg(l - 'status' ORDER BY i), '[]'::jsonb)
                 FROM jsonb_array_elements(lines) WITH ORDINALITY AS t(l, i))`);
    await runner.query(`
      ALTER TABLE billable_orders
        DROP COLUMN applied_versions,
        DROP COLUMN merged_into_order_id,
        DROP COLUMN details_version,
        DROP COLUMN guest_count,
        DROP COLUMN alias,
        DROP COLUMN customer_name,
        DROP COLUMN table_label,
        DROP COLUMN order_type,
        DROP COLUMN status`);
  }
}
