import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The fiscal register's signed receipt of a paid bill (from `order.fiscalized.v1`). */
export class KeepFiscalReceipts1734000000000 implements MigrationInterface {
  name = 'KeepFiscalReceipts1734000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE bills ADD COLUMN fiscal_receipt jsonb');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE bills DROP COLUMN fiscal_receipt');
  }
}
