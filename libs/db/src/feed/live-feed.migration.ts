import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The live feed: what staff screens follow, appended in the transaction of each change.
 * `xid` is the appending transaction's id; readers take only entries of transactions older
 * than every one still running, in (xid, seq) order (see read-feed.ts). The primary key is
 * also the index every stream reads by. `live_feed_horizon` is the last position pruned:
 * a client resuming from before it may have missed entries and must reload.
 */
export class CreateLiveFeed1732000000003 implements MigrationInterface {
  name = 'CreateLiveFeed1732000000003';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE live_feed (
        seq bigint GENERATED ALWAYS AS IDENTITY,
        xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
        tenant_id uuid NOT NULL,
        location_id uuid NOT NULL,
        topic text NOT NULL,
        type text NOT NULL,
        subject_id text NOT NULL,
        data jsonb NOT NULL,
        at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, location_id, xid, seq)
      )`);
    await runner.query(`
      CREATE TABLE live_feed_horizon (
        only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
        xid xid8 NOT NULL,
        seq bigint NOT NULL
      )`);
    await runner.query(`INSERT INTO live_feed_horizon (xid, seq) VALUES ('0', 0)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE live_feed_horizon');
    await runner.query('DROP TABLE live_feed');
  }
}
