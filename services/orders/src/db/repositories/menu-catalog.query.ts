import type { Allergen, Channel } from '@brigade/contracts';
import type { Db } from '@brigade/db';
import type {
  CatalogModifierGroup,
  CatalogProduct,
  LocationMenu,
  PriceRule,
} from '../../domain/menu/ports';

const OPTIONS = `
  SELECT coalesce(json_agg(json_build_object('id', o.id, 'name', o.name,
           'priceDeltaMinor', o.price_delta_minor, 'available', o.available)
           ORDER BY o.position, o.id), '[]')
    FROM modifier_options o WHERE o.group_id = g.id`;

const GROUPS = `
  SELECT coalesce(json_agg(json_build_object('id', g.id, 'name', g.name, 'minSelect', g.min_select,
           'maxSelect', g.max_select, 'options', (${OPTIONS})) ORDER BY pmg.position, g.id), '[]')
    FROM product_modifier_groups pmg JOIN modifier_groups g ON g.id = pmg.group_id
   WHERE pmg.product_id = p.id`;

// The location's override is applied here: the domain sees the product as this location sells it.
const PRODUCTS = (filter: string) => `
  SELECT coalesce(json_agg(json_build_object('id', p.id, 'categoryId', p.category_id, 'name', p.name,
           'description', p.description, 'priceMinor', coalesce(li.price_minor, p.price_minor),
           'taxRateEatInBps', p.tax_rate_eat_in_bps, 'taxRateTakeAwayBps', p.tax_rate_take_away_bps,
           'allergens', p.allergens, 'channels', p.channels, 'active', p.active,
           'availableHere', coalesce(li.available, true), 'snoozedUntil', li.snoozed_until,
           'position', p.position, 'modifierGroups', (${GROUPS})) ORDER BY p.position, p.id), '[]')
    FROM products p
    LEFT JOIN location_items li ON li.location_id = l.id AND li.product_id = p.id
   WHERE p.tenant_id = l.tenant_id AND p.deleted_at IS NULL ${filter}`;

const RULES = `
  SELECT coalesce(json_agg(json_build_object('id', r.id, 'name', r.name, 'daysOfWeek', r.days_of_week,
           'startsAt', r.starts_at, 'endsAt', r.ends_at, 'productIds', r.product_ids,
           'categoryIds', r.category_ids, 'percentOffBps', r.percent_off_bps,
           'fixedPriceMinor', r.fixed_price_minor)), '[]')
    FROM price_rules r
   WHERE r.tenant_id = l.tenant_id AND r.active AND (r.location_ids IS NULL OR l.id = ANY (r.location_ids))`;

const CATEGORIES = `
  SELECT coalesce(json_agg(json_build_object('id', c.id, 'name', c.name, 'position', c.position)
           ORDER BY c.position, c.id), '[]')
    FROM menu_categories c WHERE c.tenant_id = l.tenant_id`;

// One round trip each: the order hot path reads only the ordered products, the menu page all.
const catalogSql = (products: string, extra = '') => `
  SELECT l.id, l.tenant_id, l.name, l.currency, l.timezone, l.auto_fire, l.stock_policy,
         coalesce(v.version, 0) AS menu_version,
         (${products}) AS products, (${RULES}) AS price_rules ${extra}
    FROM locations l LEFT JOIN menu_versions v ON v.location_id = l.id
   WHERE l.id = $1`;
const SOME_PRODUCTS_SQL = catalogSql(PRODUCTS('AND p.id = ANY ($2::uuid[])'));
const WHOLE_MENU_SQL = catalogSql(PRODUCTS(''), `, (${CATEGORIES}) AS categories`);

type ProductJson = Omit<CatalogProduct, 'snoozedUntil' | 'allergens' | 'channels'> & {
  snoozedUntil: string | null;
  allergens: Allergen[];
  channels: Channel[] | null;
  modifierGroups: CatalogModifierGroup[];
};
type RuleJson = Omit<PriceRule, 'effect'> & {
  percentOffBps: number | null;
  fixedPriceMinor: number | null;
};
interface CatalogRow {
  id: string;
  tenant_id: string;
  name: string;
  currency: string;
  timezone: string;
  auto_fire: boolean;
  stock_policy: 'block' | 'alert';
  menu_version: number;
  products: ProductJson[];
  price_rules: RuleJson[];
  categories?: { id: string; name: string; position: number }[];
}

const toRule = ({ percentOffBps, fixedPriceMinor, ...rule }: RuleJson): PriceRule => ({
  ...rule,
  effect:
    percentOffBps !== null
      ? { kind: 'percent-off', bps: percentOffBps }
      : { kind: 'fixed-price', priceMinor: fixedPriceMinor ?? 0 },
});

/** A location's catalog as it sells it (`productIds`, or `all`), in one SQL round trip. */
export async function readCatalog(
  db: Db,
  locationId: string,
  productIds: string[] | 'all',
): Promise<LocationMenu | undefined> {
  const [row] =
    productIds === 'all'
      ? await db.query<CatalogRow>(WHOLE_MENU_SQL, [locationId])
      : await db.query<CatalogRow>(SOME_PRODUCTS_SQL, [locationId, productIds]);
  if (!row) return undefined;
  const products = new Map<string, CatalogProduct>(
    row.products.map((p) => [
      p.id,
      { ...p, snoozedUntil: p.snoozedUntil === null ? null : new Date(p.snoozedUntil) },
    ]),
  );
  return {
    location: {
      id: row.id,
      tenantId: row.tenant_id,
      name: row.name,
      currency: row.currency,
      timezone: row.timezone,
      autoFire: row.auto_fire,
      stockPolicy: row.stock_policy,
    },
    catalog: { products, priceRules: row.price_rules.map(toRule) },
    menuVersion: row.menu_version,
    categories: row.categories ?? [],
  };
}
