import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The transactional outbox: events wait here, committed with their state change. */
export class CreateOutbox1732000000000 implements MigrationInterface {
  name = 'CreateOutbox1732000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE outbox (
        seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        id uuid NOT NULL UNIQUE,
        type text NOT NULL,
        envelope jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        last_error text
      )`);
    await runner.query('CREATE INDEX outbox_due ON outbox (next_attempt_at, seq)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE outbox');
  }
}
