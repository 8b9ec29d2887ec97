import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Recipe-level stock: ingredients and recipes (tenant-wide), stock levels per location and
 * the movement ledger. Quantities are exact to a thousandth of a unit. Products and
 * locations belong to other areas: they are checked by query, not by foreign key.
 */
export class CreateStock1733100000000 implements MigrationInterface {
  name = 'CreateStock1733100000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE ingredients (
        id uuid PRIMARY KEY,
        tenant_id uuid NOT NULL,
        name text NOT NULL,
        unit text NOT NULL CHECK (unit IN ('g', 'ml', 'pc')),
        created_at timestamptz NOT NULL DEFAULT now(),
        archived_at timestamptz
      )`);
    await runner.query(`
      CREATE UNIQUE INDEX ingredients_name_per_tenant ON ingredients (tenant_id, lower(name))
        WHERE archived_at IS NULL`);
    await runner.query('CREATE INDEX ingredients_tenant_name ON ingredients (tenant_id, name, id)');
    await runner.query(`
      CREATE TABLE recipes (
        product_id uuid NOT NULL,
        ingredient_id uuid NOT NULL REFERENCES ingredients (id),
        quantity numeric(12, 3) NOT NULL CHECK (quantity > 0),
        PRIMARY KEY (product_id, ingredient_id)
      )`);
    await runner.query('CREATE INDEX recipes_ingredient ON recipes (ingredient_id)');
    // No row: the ingredient is not tracked at that location (never blocks, never alerts).
    await runner.query(`
      CREATE TABLE stock_levels (
        tenant_id uuid NOT NULL,
        location_id uuid NOT NULL,
        ingredient_id uuid NOT NULL REFERENCES ingredients (id),
        on_hand numeric(15, 3) NOT NULL DEFAULT 0,
        low_threshold numeric(15, 3) CHECK (low_threshold >= 0),
        version integer NOT NULL DEFAULT 0,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (location_id, ingredient_id)
      )`);
    // A fire takes `units` of its line; a reversal puts back `units` of them as the portion
    // `reversal_id` (a voided part of the line, or the line itself). Millisecond times: the
    // page cursor (at, id) must round-trip through a JS Date.
    await runner.query(`
      CREATE TABLE stock_movements (
        id uuid PRIMARY KEY,
        tenant_id uuid NOT NULL,
        location_id uuid NOT NULL,
        ingredient_id uuid NOT NULL REFERENCES ingredients (id),
        delta numeric(15, 3) NOT NULL,
        kind text NOT NULL CHECK (kind IN ('receive', 'waste', 'count', 'fire', 'reversal')),
        order_id uuid,
        line_id uuid,
        units integer CHECK (units > 0),
        reversal_id uuid,
        reason text,
        actor text,
        at timestamptz(3) NOT NULL,
        CHECK ((kind IN ('fire', 'reversal')) = (line_id IS NOT NULL AND units IS NOT NULL)),
        CHECK ((kind = 'reversal') = (reversal_id IS NOT NULL))
      )`);
    // A line's deduction and each portion's reversal happen at most once, whatever retries.
    await runner.query(`
      CREATE UNIQUE INDEX stock_movements_fire_once
        ON stock_movements (line_id, ingredient_id) WHERE kind = 'fire'`);
    await runner.query(`
      CREATE UNIQUE INDEX stock_movements_reversal_once
        ON stock_movements (reversal_id, ingredient_id) WHERE kind = 'reversal'`);
    await runner.query(`
      CREATE INDEX stock_movements_reversed_line
        ON stock_movements (line_id) WHERE kind = 'reversal'`);
    await runner.query(
      'CREATE INDEX stock_movements_location ON stock_movements (location_id, at DESC, id DESC)',
    );
    await runner.query(`
      CREATE INDEX stock_movements_location_ingredient
        ON stock_movements (location_id, ingredient_id, at DESC, id DESC)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE stock_movements, stock_levels, recipes, ingredients');
  }
}
