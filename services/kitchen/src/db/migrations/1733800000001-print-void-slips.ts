import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A void after fire prints a slip: a print job of its own, with the units taken back. */
export class PrintVoidSlips1733800000001 implements MigrationInterface {
  name = 'PrintVoidSlips1733800000001';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE print_jobs
        DROP CONSTRAINT print_jobs_kind_check,
        ADD CONSTRAINT print_jobs_kind_check CHECK (kind IN ('ticket', 'reprint', 'void')),
        ADD COLUMN void_items jsonb`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DELETE FROM print_jobs WHERE kind = 'void'`);
    await runner.query(`
      ALTER TABLE print_jobs
        DROP COLUMN void_items,
        DROP CONSTRAINT print_jobs_kind_check,
        ADD CONSTRAINT print_jobs_kind_check CHECK (kind IN ('ticket', 'reprint'))`);
  }
}
