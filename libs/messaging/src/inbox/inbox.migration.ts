import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The inbox: ids of the messages each consumer has applied. */
export class CreateInbox1732000000001 implements MigrationInterface {
  name = 'CreateInbox1732000000001';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE inbox (
        consumer text NOT NULL,
        message_id uuid NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (consumer, message_id)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE inbox');
  }
}
