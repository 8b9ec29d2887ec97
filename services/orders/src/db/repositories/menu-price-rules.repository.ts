import type { Db } from '@brigade/db';
import type { PriceRuleRecord } from '../../domain/menu/catalog-ports';
import type { CatalogPort, PriceRule } from '../../domain/menu/ports';
import { setClause } from './menu-sql';

interface RuleRow {
  id: string;
  tenant_id: string;
  name: string;
  location_ids: string[] | null;
  days_of_week: number[];
  starts_at: string;
  ends_at: string;
  product_ids: string[] | null;
  category_ids: string[] | null;
  percent_off_bps: number | null;
  fixed_price_minor: number | null;
  active: boolean;
  created_at: Date;
  updated_at: Date;
}

const COLUMNS_SQL = `id, tenant_id, name, location_ids, days_of_week, starts_at::text, ends_at::text,
  product_ids, category_ids, percent_off_bps, fixed_price_minor, active, created_at, updated_at`;

const COLUMNS = {
  name: 'name',
  locationIds: 'location_ids',
  daysOfWeek: 'days_of_week',
  startsAt: 'starts_at',
  endsAt: 'ends_at',
  productIds: 'product_ids',
  categoryIds: 'category_ids',
  percentOffBps: 'percent_off_bps',
  fixedPriceMinor: 'fixed_price_minor',
  active: 'active',
};

const effectColumns = (effect: PriceRule['effect']) => ({
  percentOffBps: effect.kind === 'percent-off' ? effect.bps : null,
  fixedPriceMinor: effect.kind === 'fixed-price' ? effect.priceMinor : null,
});

const toRule = (r: RuleRow): PriceRuleRecord => ({
  id: r.id,
  tenantId: r.tenant_id,
  name: r.name,
  locationIds: r.location_ids,
  daysOfWeek: r.days_of_week,
  startsAt: r.starts_at,
  endsAt: r.ends_at,
  productIds: r.product_ids,
  categoryIds: r.category_ids,
  effect:
    r.percent_off_bps !== null
      ? { kind: 'percent-off', bps: r.percent_off_bps }
      : { kind: 'fixed-price', priceMinor: r.fixed_price_minor ?? 0 },
  active: r.active,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export function menuPriceRuleRepository(db: Db): CatalogPort['priceRules'] {
  return {
    async insert(r) {
      const effect = effectColumns(r.effect);
      await db.query(
        `INSERT INTO price_rules (id, tenant_id, name, location_ids, days_of_week, starts_at, ends_at,
                                  product_ids, category_ids, percent_off_bps, fixed_price_minor,
                                  active, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
        [
          ...[r.id, r.tenantId, r.name, r.locationIds, r.daysOfWeek, r.startsAt, r.endsAt],
          ...[r.productIds, r.categoryIds, effect.percentOffBps, effect.fixedPriceMinor],
          ...[r.active, r.createdAt, r.updatedAt],
        ],
      );
    },

    async find(tenantId, id) {
      const [row] = await db.query<RuleRow>(
        `SELECT ${COLUMNS_SQL} FROM price_rules WHERE id = $1 AND tenant_id = $2`,
        [id, tenantId],
      );
      return row && toRule(row);
    },

    async list(tenantId, limit, after) {
      const rows = await db.query<RuleRow>(
        `SELECT ${COLUMNS_SQL} FROM price_rules
          WHERE tenant_id = $1 AND ($2::uuid IS NULL OR id > $2) ORDER BY id LIMIT $3`,
        [tenantId, after?.id ?? null, limit],
      );
      return rows.map(toRule);
    },

    async update(tenantId, id, { effect, ...changes }, at) {
      const set = setClause({ ...changes, ...(effect && effectColumns(effect)) }, COLUMNS, 3);
      const [row] = await db.query<RuleRow>(
        `UPDATE price_rules SET ${[...(set.sql ? [set.sql] : []), 'updated_at = $3'].join(', ')}
          WHERE id = $1 AND tenant_id = $2 RETURNING ${COLUMNS_SQL}`,
        [id, tenantId, at, ...set.values],
      );
      return row && toRule(row);
    },

    async remove(tenantId, id) {
      const rows = await db.query(
        'DELETE FROM price_rules WHERE id = $1 AND tenant_id = $2 RETURNING id',
        [id, tenantId],
      );
      return rows.length > 0;
    },
  };
}
