import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Idempotency keys of unsafe HTTP calls, with the response to replay. */
export class CreateIdempotencyKeys1732000000002 implements MigrationInterface {
  name = 'CreateIdempotencyKeys1732000000002';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE idempotency_keys (
        scope text NOT NULL,
        key text NOT NULL,
        request_hash text NOT NULL,
        state text NOT NULL CHECK (state IN ('in_flight', 'completed')),
        status_code integer,
        response jsonb,
        locked_until timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        completed_at timestamptz,
        PRIMARY KEY (scope, key)
      )`);
    await runner.query('CREATE INDEX idempotency_keys_created_at ON idempotency_keys (created_at)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE idempotency_keys');
  }
}
