import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each location's own fiscal register (its TSE is the location's): where it answers and
 * the account to log in with. A location without a row uses the service's default register.
 */
export class CreatePosConnections1734000000001 implements MigrationInterface {
  name = 'CreatePosConnections1734000000001';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE pos_connections (
        location_id uuid PRIMARY KEY,
        tenant_id uuid NOT NULL,
        base_url text NOT NULL,
        login text NOT NULL,
        password text NOT NULL,
        company_id text NOT NULL,
        updated_by text NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE pos_connections');
  }
}
