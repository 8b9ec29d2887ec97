import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A line keeps its product's allergens as they were when ordered, like its name and price:
 * the kitchen prints them, and a later menu change must not rewrite a ticket already fired.
 */
export class KeepAllergensOnLines1733900000000 implements MigrationInterface {
  name = 'KeepAllergensOnLines1733900000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE order_items ADD COLUMN allergens text[] NOT NULL DEFAULT '{}'`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE order_items DROP COLUMN allergens');
  }
}
