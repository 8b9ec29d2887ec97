import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Marketplace orders are paid by the marketplace: a payment of method `marketplace`, and
 * beside it what the guest paid the marketplace and the commission it keeps.
 */
export class TakeMarketplacePayments1734100000000 implements MigrationInterface {
  name = 'TakeMarketplacePayments1734100000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE payments DROP CONSTRAINT payments_method_check');
    await runner.query(
      `ALTER TABLE payments ADD CONSTRAINT payments_method_check
         CHECK (method IN ('mollie', 'cash', 'card', 'marketplace'))`,
    );
    await runner.query(`
      CREATE TABLE marketplace_settlements (
        payment_id uuid PRIMARY KEY REFERENCES payments (id),
        order_id uuid NOT NULL UNIQUE,
        marketplace text NOT NULL,
        external_id text NOT NULL,
        paid_by_guest_minor integer NOT NULL,
        commission_minor integer NOT NULL,
        currency char(3) NOT NULL
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE marketplace_settlements');
  }
}
