import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One push per paid bill (the fiscal unit), unique by bill: however often BullMQ or the
 * broker repeats itself, a bill is pushed by one row. `pos_key` is the idempotency key the
 * POS sees; `key_sent` says an attempt with it may have reached the POS, so the next one
 * asks the POS first. Operators' actions on it are kept, who, when and why.
 */
export class CreateFiscalPushes1734000000000 implements MigrationInterface {
  name = 'CreateFiscalPushes1734000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE fiscal_pushes (
        id uuid PRIMARY KEY,
        tenant_id uuid NOT NULL,
        location_id uuid NOT NULL,
        order_id uuid NOT NULL,
        bill_id uuid NOT NULL UNIQUE,
        bill_number integer NOT NULL,
        total_minor integer NOT NULL,
        currency char(3) NOT NULL,
        pos_order jsonb NOT NULL,
        status text NOT NULL CHECK (status IN ('pending', 'accepted', 'processing', 'processed',
          'dead_letter', 'handled', 'refund_requested', 'refunded')),
        generation integer NOT NULL DEFAULT 0,
        pos_key text NOT NULL,
        key_sent boolean NOT NULL DEFAULT false,
        queue_job_id text NOT NULL,
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        failure_kind text CHECK (failure_kind IN ('permanent', 'transient')),
        failure_reason text,
        failed_at timestamptz,
        pos_order_id text,
        pos_status text,
        receipt jsonb,
        fiscalized_at timestamptz,
        refunded_minor integer NOT NULL DEFAULT 0,
        last_polled_at timestamptz,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await runner.query(
      'CREATE INDEX fiscal_pushes_tenant ON fiscal_pushes (tenant_id, status, created_at DESC)',
    );
    await runner.query('CREATE INDEX fiscal_pushes_order ON fiscal_pushes (order_id)');
    await runner.query('CREATE UNIQUE INDEX fiscal_pushes_pos_key ON fiscal_pushes (pos_key)');
    await runner.query(`
      CREATE TABLE fiscal_push_actions (
        id uuid PRIMARY KEY,
        push_id uuid NOT NULL REFERENCES fiscal_pushes (id),
        action text NOT NULL CHECK (action IN ('resend', 'mark-handled', 'refund')),
        actor text NOT NULL,
        reason text NOT NULL,
        at timestamptz NOT NULL
      )`);
    await runner.query(
      'CREATE INDEX fiscal_push_actions_push ON fiscal_push_actions (push_id, at)',
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE fiscal_push_actions, fiscal_pushes');
  }
}
