import type { MigrationInterface, QueryRunner } from 'typeorm';

/** What a location decides for itself: firing, stock, table-session lifetimes. */
export class AddLocationSettings1732800000000 implements MigrationInterface {
  name = 'AddLocationSettings1732800000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE locations
        ADD COLUMN address text,
        ADD COLUMN auto_fire boolean NOT NULL DEFAULT true,
        ADD COLUMN stock_policy text NOT NULL DEFAULT 'block' CHECK (stock_policy IN ('block', 'alert')),
        ADD COLUMN session_idle_minutes integer NOT NULL DEFAULT 240 CHECK (session_idle_minutes > 0),
        ADD COLUMN closed_session_retention_days integer NOT NULL DEFAULT 30
          CHECK (closed_session_retention_days > 0),
        ADD COLUMN created_at timestamptz NOT NULL DEFAULT now()`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE locations DROP COLUMN address, DROP COLUMN auto_fire, DROP COLUMN stock_policy,
        DROP COLUMN session_idle_minutes, DROP COLUMN closed_session_retention_days,
        DROP COLUMN created_at`);
  }
}
