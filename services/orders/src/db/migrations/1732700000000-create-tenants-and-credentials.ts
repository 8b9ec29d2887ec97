import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Tenants (businesses), storefront API keys and staff users. */
export class CreateTenantsAndCredentials1732700000000 implements MigrationInterface {
  name = 'CreateTenantsAndCredentials1732700000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE tenants (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`
      CREATE TABLE api_keys (
        id uuid PRIMARY KEY,
        tenant_id uuid NOT NULL REFERENCES tenants (id),
        name text NOT NULL,
        key_hash text NOT NULL UNIQUE,
        location_ids uuid[] NOT NULL,
        channel text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz
      )`);
    await runner.query(`
      CREATE TABLE staff_users (
        id uuid PRIMARY KEY,
        tenant_id uuid NOT NULL REFERENCES tenants (id),
        email text NOT NULL,
        name text NOT NULL,
        password_hash text NOT NULL,
        roles text[] NOT NULL,
        location_ids uuid[],
        disabled_at timestamptz,
        UNIQUE (tenant_id, email)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE staff_users, api_keys, tenants');
  }
}
