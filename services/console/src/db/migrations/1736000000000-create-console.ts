import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The console's own records. `failures`: one row per failed piece of work, unique by what
 * failed (`source_key`), so a repeat after a re-send reopens it instead of doubling it;
 * `raw` keeps a dead letter's bytes for the re-send, `payload` the masked copy operators
 * see. `failure_actions`: the audit trail. `alerts`: one open row per incident (a partial
 * unique index). `trace_entries`: every event that named an order. `paid_bills`: paid
 * bills waiting for their fiscal receipt (a receipt heard first leaves a row with only
 * `confirmed_at`, so the late payment raises nothing).
 */
export class CreateConsole1736000000000 implements MigrationInterface {
  name = 'CreateConsole1736000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE failures (
        id uuid PRIMARY KEY,
        source_key text NOT NULL UNIQUE,
        source text NOT NULL,
        tenant_id uuid,
        location_id uuid,
        order_id uuid,
        service text NOT NULL,
        subject text NOT NULL,
        cause text NOT NULL CHECK (cause IN ('transient', 'permanent', 'mapping', 'validation')),
        error text NOT NULL,
        attempts integer NOT NULL,
        occurrences integer NOT NULL DEFAULT 1,
        first_failed_at timestamptz NOT NULL,
        last_failed_at timestamptz NOT NULL,
        status text NOT NULL CHECK (status IN ('open', 'resent', 'discarded', 'refunded')),
        payload jsonb,
        raw jsonb NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await runner.query(
      'CREATE INDEX failures_tenant ON failures (tenant_id, status, last_failed_at DESC)',
    );
    await runner.query('CREATE INDEX failures_order ON failures (order_id)');
    // Open pages ask every second when anything they see last changed.
    await runner.query('CREATE INDEX failures_changed ON failures (updated_at)');
    await runner.query(`
      CREATE TABLE failure_actions (
        id uuid PRIMARY KEY,
        failure_id uuid NOT NULL REFERENCES failures (id),
        tenant_id uuid,
        order_id uuid,
        action text NOT NULL,
        actor text NOT NULL,
        reason text NOT NULL,
        outcome text NOT NULL,
        at timestamptz NOT NULL
      )`);
    await runner.query('CREATE INDEX failure_actions_failure ON failure_actions (failure_id, at)');
    await runner.query('CREATE INDEX failure_actions_order ON failure_actions (order_id)');
    await runner.query(`
      CREATE TABLE alerts (
        id uuid PRIMARY KEY,
        tenant_id uuid,
        location_id uuid,
        order_id uuid,
        kind text NOT NULL,
        incident text NOT NULL,
        message text NOT NULL,
        occurrences integer NOT NULL DEFAULT 1,
        status text NOT NULL CHECK (status IN ('open', 'acknowledged', 'resolved')),
        raised_at timestamptz NOT NULL,
        last_seen_at timestamptz NOT NULL,
        acknowledged_by text,
        acknowledged_at timestamptz,
        webhook text NOT NULL CHECK (webhook IN ('pending', 'sent', 'failed', 'none')),
        updated_at timestamptz NOT NULL
      )`);
    await runner.query(
      "CREATE UNIQUE INDEX alerts_open_incident ON alerts (incident) WHERE status = 'open'",
    );
    await runner.query('CREATE INDEX alerts_tenant ON alerts (tenant_id, status, raised_at DESC)');
    await runner.query('CREATE INDEX alerts_changed ON alerts (updated_at)');
    await runner.query(`
      CREATE TABLE trace_entries (
        event_id uuid PRIMARY KEY,
        order_id uuid NOT NULL,
        tenant_id uuid NOT NULL,
        type text NOT NULL,
        service text NOT NULL,
        summary text NOT NULL,
        occurred_at timestamptz NOT NULL
      )`);
    await runner.query('CREATE INDEX trace_entries_order ON trace_entries (order_id, occurred_at)');
    await runner.query(`
      CREATE TABLE paid_bills (
        bill_id uuid PRIMARY KEY,
        tenant_id uuid,
        location_id uuid,
        order_id uuid,
        paid_at timestamptz,
        confirmed_at timestamptz,
        alerted boolean NOT NULL DEFAULT false
      )`);
    await runner.query(
      'CREATE INDEX paid_bills_waiting ON paid_bills (paid_at) WHERE confirmed_at IS NULL AND NOT alerted',
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const t of ['paid_bills', 'trace_entries', 'alerts', 'failure_actions', 'failures'])
      await runner.query(`DROP TABLE ${t}`);
  }
}
