import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Busy mode: each store's availability at its marketplace (online, busy with extra prep
 * time, paused), set by hand (for a while) or by the location's rules from kitchen load;
 * `availability_version` orders the updates sent, so the marketplace ends on the latest.
 */
export class BusyMode1734100000003 implements MigrationInterface {
  name = 'BusyMode1734100000003';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE marketplace_stores
        ADD COLUMN availability text NOT NULL DEFAULT 'online'
          CHECK (availability IN ('online', 'busy', 'paused')),
        ADD COLUMN extra_prep_minutes integer NOT NULL DEFAULT 0,
        ADD COLUMN availability_source text NOT NULL DEFAULT 'manual'
          CHECK (availability_source IN ('manual', 'auto')),
        ADD COLUMN availability_until timestamptz,
        ADD COLUMN availability_version integer NOT NULL DEFAULT 0`);
    await runner.query(`
      CREATE TABLE busy_rules (
        location_id uuid PRIMARY KEY,
        tenant_id uuid NOT NULL,
        busy_at_units integer,
        pause_at_units integer,
        calm_below_units integer NOT NULL,
        extra_prep_minutes integer NOT NULL,
        updated_by text NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE busy_rules');
    await runner.query(`ALTER TABLE marketplace_stores DROP COLUMN availability,
      DROP COLUMN extra_prep_minutes, DROP COLUMN availability_source,
      DROP COLUMN availability_until, DROP COLUMN availability_version`);
  }
}
