import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Dining areas, tables and table sessions; orders attach to a session (their table's tab). */
export class CreateFloor1733000000000 implements MigrationInterface {
  name = 'CreateFloor1733000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE dining_areas (
        id uuid PRIMARY KEY,
        tenant_id uuid NOT NULL,
        location_id uuid NOT NULL REFERENCES locations (id),
        name text NOT NULL,
        position integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        archived_at timestamptz
      )`);
    // Areas and tables are archived, not deleted: past sessions and orders still point at them.
    await runner.query(`
      CREATE UNIQUE INDEX dining_areas_name_unique ON dining_areas (location_id, name)
        WHERE archived_at IS NULL`);
    await runner.query(`
      CREATE TABLE tables (
        id uuid PRIMARY KEY,
        tenant_id uuid NOT NULL,
        location_id uuid NOT NULL REFERENCES locations (id),
        area_id uuid NOT NULL REFERENCES dining_areas (id),
        number text NOT NULL,
        capacity integer NOT NULL CHECK (capacity BETWEEN 1 AND 50),
        status text NOT NULL DEFAULT 'available'
          CHECK (status IN ('available', 'occupied', 'reserved', 'dirty')),
        x integer NOT NULL DEFAULT 0,
        y integer NOT NULL DEFAULT 0,
        width integer NOT NULL DEFAULT 80 CHECK (width > 0),
        height integer NOT NULL DEFAULT 80 CHECK (height > 0),
        rotation integer NOT NULL DEFAULT 0 CHECK (rotation BETWEEN 0 AND 359),
        shape text NOT NULL DEFAULT 'square' CHECK (shape IN ('round', 'square', 'rect')),
        qr_token text NOT NULL CONSTRAINT tables_qr_token_unique UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        archived_at timestamptz
      )`);
    // An archived table frees its number for a new one.
    await runner.query(`
      CREATE UNIQUE INDEX tables_number_unique ON tables (location_id, number)
        WHERE archived_at IS NULL`);
    await runner.query('CREATE INDEX tables_area ON tables (area_id)');
    await runner.query(`
      CREATE TABLE table_sessions (
        id uuid PRIMARY KEY,
        tenant_id uuid NOT NULL,
        location_id uuid NOT NULL REFERENCES locations (id),
        table_id uuid NOT NULL REFERENCES tables (id),
        token text CONSTRAINT table_sessions_token_unique UNIQUE,
        status text NOT NULL CHECK (status IN ('open', 'closed')),
        guest_count integer CHECK (guest_count BETWEEN 1 AND 100),
        opened_via text NOT NULL
          CHECK (opened_via IN ('qr', 'pos', 'phone', 'kiosk', 'web', 'marketplace')),
        opened_by text NOT NULL,
        opened_at timestamptz NOT NULL,
        last_activity_at timestamptz NOT NULL,
        closed_at timestamptz,
        closed_by text,
        merged_into_session_id uuid REFERENCES table_sessions (id) ON DELETE SET NULL,
        reopened_at timestamptz,
        reopened_by text,
        reopen_approved_by text,
        CHECK ((status = 'open') = (closed_at IS NULL)),
        CHECK (token IS NOT NULL OR status = 'closed')
      )`);
    // The race guard of openOrJoin: however many channels open at once, one session wins.
    await runner.query(`
      CREATE UNIQUE INDEX table_sessions_one_open_per_table ON table_sessions (table_id)
        WHERE status = 'open'`);
    await runner.query(`
      CREATE INDEX table_sessions_merged_into ON table_sessions (merged_into_session_id)
        WHERE merged_into_session_id IS NOT NULL`);
    await runner.query(`
      CREATE INDEX table_sessions_closed_at ON table_sessions (closed_at) WHERE status = 'closed'`);
    await runner.query(
      'ALTER TABLE orders ADD COLUMN table_session_id uuid REFERENCES table_sessions (id)',
    );
    await runner.query(`
      CREATE INDEX orders_table_session ON orders (table_session_id)
        WHERE table_session_id IS NOT NULL`);
    // An order attached to a session is activity, whoever writes the order: the idle prune
    // must never see a session with fresh orders as abandoned. And a closed session takes no
    // order: a close that committed while the order was on its way wins (the update waits
    // for it, then sees the closed row).
    await runner.query(`
      CREATE FUNCTION touch_table_session() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE table_sessions SET last_activity_at = greatest(last_activity_at, now())
         WHERE id = NEW.table_session_id AND status = 'open';
        IF NOT FOUND THEN
          RAISE EXCEPTION 'table session % is closed: it takes no order', NEW.table_session_id
            USING ERRCODE = 'check_violation', CONSTRAINT = 'orders_table_session_open';
        END IF;
        RETURN NEW;
      END $$`);
    await runner.query(`
      CREATE TRIGGER orders_attach_to_table_session AFTER INSERT ON orders
      FOR EACH ROW WHEN (NEW.table_session_id IS NOT NULL)
      EXECUTE FUNCTION touch_table_session()`);
    // Only a move to another session counts: order updates rewrite the column unchanged.
    await runner.query(`
      CREATE TRIGGER orders_move_to_table_session AFTER UPDATE OF table_session_id ON orders
      FOR EACH ROW WHEN (NEW.table_session_id IS DISTINCT FROM OLD.table_session_id
                         AND NEW.table_session_id IS NOT NULL)
      EXECUTE FUNCTION touch_table_session()`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TRIGGER orders_move_to_table_session ON orders');
    await runner.query('DROP TRIGGER orders_attach_to_table_session ON orders');
    await runner.query('DROP FUNCTION touch_table_session');
    await runner.query('ALTER TABLE orders DROP COLUMN table_session_id');
    await runner.query('DROP TABLE table_sessions, tables, dining_areas');
  }
}
