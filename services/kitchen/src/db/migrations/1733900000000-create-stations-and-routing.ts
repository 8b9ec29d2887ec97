import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Stations per location and the rules that route items to them; what each ticket item
 * needs on a screen (course, seat, modifiers, allergens, source) and when it was started
 * and finished (prep times); the devices whose heartbeats say a station is alive.
 */
export class CreateStationsAndRouting1733900000000 implements MigrationInterface {
  name = 'CreateStationsAndRouting1733900000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE stations (
        id uuid PRIMARY KEY,
        tenant_id uuid NOT NULL,
        location_id uuid NOT NULL,
        code text NOT NULL CHECK (code ~ '^[a-z0-9][a-z0-9-]{0,31}$'),
        name text NOT NULL,
        is_default boolean NOT NULL DEFAULT false,
        receives_all boolean NOT NULL DEFAULT false,
        screen_key_hash text CONSTRAINT stations_screen_key_unique UNIQUE,
        health text NOT NULL DEFAULT 'unknown' CHECK (health IN ('unknown', 'online', 'offline')),
        last_seen_at timestamptz,
        health_changed_at timestamptz,
        created_at timestamptz NOT NULL,
        UNIQUE (location_id, code)
      )`);
    // Items no rule claims go to the default: one per location.
    await runner.query(
      'CREATE UNIQUE INDEX stations_one_default ON stations (location_id) WHERE is_default',
    );
    await runner.query(`
      CREATE TABLE routing_rules (
        id uuid PRIMARY KEY,
        tenant_id uuid NOT NULL,
        location_id uuid NOT NULL,
        station_id uuid NOT NULL REFERENCES stations (id) ON DELETE CASCADE,
        product_id uuid,
        category_id uuid,
        modifier_option_id uuid,
        dining_area_id uuid,
        created_at timestamptz NOT NULL,
        CHECK (num_nonnulls(product_id, category_id, modifier_option_id) <= 1),
        CHECK (num_nonnulls(product_id, category_id, modifier_option_id, dining_area_id) >= 1),
        UNIQUE NULLS NOT DISTINCT (station_id, product_id, category_id, modifier_option_id, dining_area_id)
      )`);
    await runner.query('CREATE INDEX routing_rules_location ON routing_rules (location_id)');
    await runner.query(`
      CREATE TABLE station_devices (
        station_id uuid NOT NULL REFERENCES stations (id) ON DELETE CASCADE,
        device text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('screen', 'printer')),
        name text NOT NULL,
        last_seen_at timestamptz NOT NULL,
        PRIMARY KEY (station_id, device)
      )`);
    await runner.query(`
      ALTER TABLE ticket_items
        ADD COLUMN product_id uuid,
        ADD COLUMN course integer,
        ADD COLUMN seat integer,
        ADD COLUMN modifiers text[] NOT NULL DEFAULT '{}',
        ADD COLUMN allergens text[] NOT NULL DEFAULT '{}',
        ADD COLUMN source text,
        ADD COLUMN started_at timestamptz,
        ADD COLUMN ready_at timestamptz`);
    await runner.query(`
      ALTER TABLE tickets
        ADD COLUMN dining_area_id uuid,
        ADD COLUMN bumped_at timestamptz,
        ADD COLUMN version integer NOT NULL DEFAULT 1`);
    await runner.query(
      `CREATE INDEX tickets_open_at_station ON tickets (location_id, station, created_at) WHERE status = 'open'`,
    );
    await runner.query(
      `CREATE INDEX tickets_bumped_at_station ON tickets (location_id, station, bumped_at) WHERE status = 'done'`,
    );
    // Average prep time per product reads the finished items of recent days.
    await runner.query(
      'CREATE INDEX ticket_items_ready ON ticket_items (ready_at, product_id) WHERE ready_at IS NOT NULL',
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(
      'DROP INDEX ticket_items_ready, tickets_bumped_at_station, tickets_open_at_station',
    );
    await runner.query(
      'ALTER TABLE tickets DROP COLUMN dining_area_id, DROP COLUMN bumped_at, DROP COLUMN version',
    );
    await runner.query(`
      ALTER TABLE ticket_items DROP COLUMN product_id, DROP COLUMN course, DROP COLUMN seat,
        DROP COLUMN modifiers, DROP COLUMN allergens, DROP COLUMN source, DROP COLUMN started_at,
        DROP COLUMN ready_at`);
    await runner.query('DROP TABLE station_devices, routing_rules, stations');
  }
}
