import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Units of a ticket item struck after fire (a cancel), so screens and printers show them. */
export class TrackVoidedItems1733400000001 implements MigrationInterface {
  name = 'TrackVoidedItems1733400000001';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      'ALTER TABLE ticket_items ADD COLUMN voided_quantity integer NOT NULL DEFAULT 0',
    );
    await runner.query('CREATE INDEX ticket_items_line ON ticket_items (line_id)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP INDEX ticket_items_line');
    await runner.query('ALTER TABLE ticket_items DROP COLUMN voided_quantity');
  }
}
