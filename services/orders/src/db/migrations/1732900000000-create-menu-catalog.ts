import type { MigrationInterface, QueryRunner } from 'typeorm';

const ALLERGENS = [
  'gluten',
  'crustaceans',
  'eggs',
  'fish',
  'peanuts',
  'soybeans',
  'milk',
  'nuts',
  'celery',
  'mustard',
  'sesame',
  'sulphites',
  'lupin',
  'molluscs',
];
const CHANNELS = ['qr', 'pos', 'phone', 'kiosk', 'web', 'marketplace'];
const textArray = (values: string[]) => `ARRAY[${values.map((v) => `'${v}'`).join(', ')}]::text[]`;
const rate = (column: string) => `${column} integer NOT NULL CHECK (${column} BETWEEN 0 AND 10000)`;

/**
 * The tenant-wide menu (a restaurant group shares one catalog), replacing the per-location
 * `products` of 1732400000000: categories, products with eat-in and take-away tax rates,
 * modifier groups, per-location overrides (price, availability, snooze), time-window price
 * rules and a menu version per location.
 */
export class CreateMenuCatalog1732900000000 implements MigrationInterface {
  name = 'CreateMenuCatalog1732900000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE products');
    await runner.query(`
      CREATE TABLE menu_categories (
        id uuid PRIMARY KEY,
        tenant_id uuid NOT NULL,
        name text NOT NULL,
        position integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query('CREATE INDEX menu_categories_tenant ON menu_categories (tenant_id)');
    // Products are soft-deleted: order history, recipes and reports keep pointing at them.
    await runner.query(`
      CREATE TABLE products (
        id uuid PRIMARY KEY,
        tenant_id uuid NOT NULL,
        category_id uuid REFERENCES menu_categories (id) ON DELETE SET NULL,
        name text NOT NULL,
        description text,
        price_minor integer NOT NULL CHECK (price_minor >= 0),
        ${rate('tax_rate_eat_in_bps')},
        ${rate('tax_rate_take_away_bps')},
        allergens text[] NOT NULL DEFAULT '{}' CHECK (allergens <@ ${textArray(ALLERGENS)}),
        channels text[] CHECK (channels <@ ${textArray(CHANNELS)}),
        active boolean NOT NULL DEFAULT true,
        position integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        deleted_at timestamptz
      )`);
    await runner.query('CREATE INDEX products_tenant ON products (tenant_id)');
    await runner.query('CREATE INDEX products_category ON products (category_id)');
    await runner.query(`
      CREATE TABLE modifier_groups (
        id uuid PRIMARY KEY,
        tenant_id uuid NOT NULL,
        name text NOT NULL,
        min_select integer NOT NULL,
        max_select integer NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (min_select >= 0 AND min_select <= max_select AND max_select >= 1)
      )`);
    await runner.query('CREATE INDEX modifier_groups_tenant ON modifier_groups (tenant_id)');
    await runner.query(`
      CREATE TABLE modifier_options (
        id uuid PRIMARY KEY,
        group_id uuid NOT NULL REFERENCES modifier_groups (id) ON DELETE CASCADE,
        tenant_id uuid NOT NULL,
        name text NOT NULL,
        price_delta_minor integer NOT NULL DEFAULT 0,
        available boolean NOT NULL DEFAULT true,
        position integer NOT NULL DEFAULT 0
      )`);
    await runner.query('CREATE INDEX modifier_options_group ON modifier_options (group_id)');
    await runner.query(`
      CREATE TABLE product_modifier_groups (
        product_id uuid NOT NULL REFERENCES products (id) ON DELETE CASCADE,
        group_id uuid NOT NULL REFERENCES modifier_groups (id) ON DELETE CASCADE,
        position integer NOT NULL DEFAULT 0,
        PRIMARY KEY (product_id, group_id)
      )`);
    await runner.query(
      'CREATE INDEX product_modifier_groups_group ON product_modifier_groups (group_id)',
    );
    // No row: the product is on the location's menu at the catalog price.
    await runner.query(`
      CREATE TABLE location_items (
        location_id uuid NOT NULL REFERENCES locations (id),
        product_id uuid NOT NULL REFERENCES products (id) ON DELETE CASCADE,
        tenant_id uuid NOT NULL,
        price_minor integer CHECK (price_minor >= 0),
        available boolean NOT NULL DEFAULT true,
        snoozed_until timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (location_id, product_id)
      )`);
    await runner.query(`
      CREATE TABLE price_rules (
        id uuid PRIMARY KEY,
        tenant_id uuid NOT NULL,
        name text NOT NULL,
        location_ids uuid[],
        days_of_week integer[] NOT NULL
          CHECK (cardinality(days_of_week) > 0 AND days_of_week <@ ARRAY[1, 2, 3, 4, 5, 6, 7]),
        starts_at time NOT NULL,
        ends_at time NOT NULL CHECK (ends_at <> starts_at),
        product_ids uuid[],
        category_ids uuid[],
        percent_off_bps integer CHECK (percent_off_bps BETWEEN 1 AND 10000),
        fixed_price_minor integer CHECK (fixed_price_minor >= 0),
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (product_ids IS NOT NULL OR category_ids IS NOT NULL),
        CHECK ((percent_off_bps IS NULL) <> (fixed_price_minor IS NULL))
      )`);
    await runner.query('CREATE INDEX price_rules_tenant ON price_rules (tenant_id)');
    await runner.query(`
      CREATE TABLE menu_versions (
        location_id uuid PRIMARY KEY REFERENCES locations (id),
        version integer NOT NULL
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(
      `DROP TABLE menu_versions, price_rules, location_items, product_modifier_groups,
         modifier_options, modifier_groups, products, menu_categories`,
    );
    await runner.query(`
      CREATE TABLE products (
        id uuid PRIMARY KEY,
        tenant_id uuid NOT NULL,
        location_id uuid NOT NULL REFERENCES locations (id),
        name text NOT NULL,
        price_minor integer NOT NULL CHECK (price_minor >= 0),
        currency char(3) NOT NULL,
        tax_rate_bps integer NOT NULL CHECK (tax_rate_bps BETWEEN 0 AND 10000),
        available boolean NOT NULL DEFAULT true
      )`);
    await runner.query('CREATE INDEX products_location ON products (location_id)');
  }
}
