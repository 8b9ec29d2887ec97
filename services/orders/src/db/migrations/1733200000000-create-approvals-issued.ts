import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The management API: the audit trail of managers' approvals, a non-secret prefix to tell
 * API keys apart, when a user was added, and indexes for tenant-scoped lists by id.
 */
export class CreateApprovalsIssued1733200000000 implements MigrationInterface {
  name = 'CreateApprovalsIssued1733200000000';

  async up(runner: QueryRunner): Promise<void> {
    // Append-only and kept as it was: no foreign keys that a later change could trip over.
    await runner.query(`
      CREATE TABLE approvals_issued (
        id uuid PRIMARY KEY,
        tenant_id uuid NOT NULL,
        manager_id uuid NOT NULL,
        requested_by uuid NOT NULL,
        action text NOT NULL,
        subject_id uuid NOT NULL,
        issued_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL
      )`);
    await runner.query(
      'CREATE INDEX approvals_issued_subject ON approvals_issued (tenant_id, subject_id)',
    );
    await runner.query('ALTER TABLE api_keys ADD COLUMN key_prefix text');
    await runner.query(
      'ALTER TABLE staff_users ADD COLUMN created_at timestamptz NOT NULL DEFAULT now()',
    );
    await runner.query('CREATE INDEX locations_tenant ON locations (tenant_id, id)');
    await runner.query('CREATE INDEX api_keys_tenant ON api_keys (tenant_id, id)');
    await runner.query('CREATE INDEX staff_users_tenant ON staff_users (tenant_id, id)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP INDEX staff_users_tenant, api_keys_tenant, locations_tenant');
    await runner.query('ALTER TABLE staff_users DROP COLUMN created_at');
    await runner.query('ALTER TABLE api_keys DROP COLUMN key_prefix');
    await runner.query('DROP TABLE approvals_issued');
  }
}
