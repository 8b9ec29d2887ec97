import type { Db } from '@brigade/db';
import type { StockLevels } from '../../domain/stock/ports';
import { milliFromText, milliToText } from '../../domain/stock/quantity';
import type { MovementKind, StockLevel, StockMovement, StockUnit } from '../../domain/stock/stock';

interface LevelRow {
  location_id: string;
  ingredient_id: string;
  name: string;
  unit: StockUnit;
  on_hand: string;
  low_threshold: string | null;
  version: number;
  updated_at: Date;
}

interface MovementRow {
  id: string;
  tenant_id: string;
  location_id: string;
  ingredient_id: string;
  delta: string;
  kind: MovementKind;
  order_id: string | null;
  line_id: string | null;
  units: number | null;
  reversal_id: string | null;
  reason: string | null;
  actor: string | null;
  at: Date;
}

const LEVEL = `s.location_id, s.ingredient_id, i.name, i.unit, s.on_hand::text AS on_hand,
  s.low_threshold::text AS low_threshold, s.version, s.updated_at`;
const MOVEMENT = `id, tenant_id, location_id, ingredient_id, delta::text AS delta, kind, order_id,
  line_id, units, reversal_id, reason, actor, at`;

const toLevel = (r: LevelRow): StockLevel => ({
  locationId: r.location_id,
  ingredientId: r.ingredient_id,
  name: r.name,
  unit: r.unit,
  onHand: milliFromText(r.on_hand),
  lowThreshold: r.low_threshold === null ? null : milliFromText(r.low_threshold),
  version: r.version,
  updatedAt: r.updated_at,
});

const toMovement = (r: MovementRow): StockMovement => ({
  id: r.id,
  tenantId: r.tenant_id,
  locationId: r.location_id,
  ingredientId: r.ingredient_id,
  delta: milliFromText(r.delta),
  kind: r.kind,
  orderId: r.order_id,
  lineId: r.line_id,
  units: r.units,
  reversalId: r.reversal_id,
  reason: r.reason,
  actor: r.actor,
  at: r.at,
});

export function stockLevelsRepository(db: Db): StockLevels {
  const find: StockLevels['find'] = async (tenantId, locationId, ingredientId) => {
    const [row] = await db.query<LevelRow>(
      `SELECT ${LEVEL} FROM stock_levels s JOIN ingredients i ON i.id = s.ingredient_id
        WHERE s.location_id = $1 AND s.ingredient_id = $2 AND s.tenant_id = $3`,
      [locationId, ingredientId, tenantId],
    );
    return row && toLevel(row);
  };
  const lineMovements = async (
    kind: 'fire' | 'reversal',
    tenantId: string,
    locationId: string,
    lineIds: string[],
  ) => {
    // The kind is literal SQL: a generic plan then still uses the kind's partial index.
    const rows = await db.query<MovementRow>(
      `SELECT ${MOVEMENT} FROM stock_movements
        WHERE line_id = ANY($3::uuid[]) AND kind = '${kind}'
          AND tenant_id = $1 AND location_id = $2`,
      [tenantId, locationId, lineIds],
    );
    return rows.map(toMovement);
  };
  return {
    async locationTenant(locationId) {
      const [row] = await db.query<{ tenant_id: string }>(
        'SELECT tenant_id FROM locations WHERE id = $1',
        [locationId],
      );
      return row?.tenant_id;
    },

    async lock(tenantId, locationId, ingredientIds) {
      // Rows are locked in the order they come out: by ingredient id, the same for everyone.
      const rows = await db.query<LevelRow>(
        `SELECT ${LEVEL} FROM stock_levels s JOIN ingredients i ON i.id = s.ingredient_id
          WHERE s.location_id = $1 AND s.tenant_id = $2 AND s.ingredient_id = ANY($3::uuid[])
          ORDER BY s.ingredient_id
            FOR UPDATE OF s`,
        [locationId, tenantId, ingredientIds],
      );
      return rows.map(toLevel);
    },

    async track(tenantId, locationId, ingredientId) {
      await db.query(
        `INSERT INTO stock_levels (tenant_id, location_id, ingredient_id) VALUES ($1, $2, $3)
         ON CONFLICT (location_id, ingredient_id) DO NOTHING`,
        [tenantId, locationId, ingredientId],
      );
    },

    async apply(locationId, deltas) {
      const rows = await db.query<{ ingredient_id: string; version: number }>(
        `UPDATE stock_levels s
            SET on_hand = s.on_hand + d.delta, version = s.version + 1, updated_at = now()
           FROM unnest($2::uuid[], $3::numeric[]) AS d (ingredient_id, delta)
          WHERE s.location_id = $1 AND s.ingredient_id = d.ingredient_id
      RETURNING s.ingredient_id, s.version`,
        [locationId, deltas.map((d) => d.ingredientId), deltas.map((d) => milliToText(d.delta))],
      );
      return new Map(rows.map((r) => [r.ingredient_id, r.version]));
    },

    async addMovements(movements) {
      if (movements.length === 0) return [];
      const column = <K extends keyof StockMovement>(key: K) => movements.map((m) => m[key]);
      // Skips what the ledger's once-only indexes already hold (a fire, a reversal portion).
      const rows = await db.query<{ id: string }>(
        `INSERT INTO stock_movements (id, tenant_id, location_id, ingredient_id, delta, kind,
                                      order_id, line_id, units, reversal_id, reason, actor, at)
         SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::numeric[],
                              $6::text[], $7::uuid[], $8::uuid[], $9::int[], $10::uuid[],
                              $11::text[], $12::text[], $13::timestamptz[])
         ON CONFLICT DO NOTHING
         RETURNING id`,
        [
          column('id'),
          column('tenantId'),
          column('locationId'),
          column('ingredientId'),
          movements.map((m) => milliToText(m.delta)),
          column('kind'),
          column('orderId'),
          column('lineId'),
          column('units'),
          column('reversalId'),
          column('reason'),
          column('actor'),
          column('at'),
        ],
      );
      const written = new Set(rows.map((r) => r.id));
      return movements.filter((m) => written.has(m.id));
    },

    firesOf: (tenantId, locationId, lineIds) =>
      lineMovements('fire', tenantId, locationId, lineIds),
    reversalsOf: (tenantId, locationId, lineIds) =>
      lineMovements('reversal', tenantId, locationId, lineIds),

    find,

    async list(tenantId, locationId, { limit, after, lowOnly }) {
      const rows = await db.query<LevelRow>(
        `SELECT ${LEVEL} FROM stock_levels s JOIN ingredients i ON i.id = s.ingredient_id
          WHERE s.location_id = $1 AND s.tenant_id = $2 AND i.archived_at IS NULL
            AND (NOT $3::boolean OR s.on_hand <= s.low_threshold)
            AND ($4::text IS NULL OR (i.name, i.id) > ($4::text, $5::uuid))
          ORDER BY i.name, i.id
          LIMIT $6`,
        [locationId, tenantId, lowOnly, after?.name ?? null, after?.id ?? null, limit + 1],
      );
      return rows.map(toLevel);
    },

    async setThreshold(tenantId, locationId, ingredientId, threshold) {
      const [updated] = await db.query<{ ingredient_id: string }>(
        `UPDATE stock_levels
            SET low_threshold = $4::numeric, version = version + 1, updated_at = now()
          WHERE location_id = $1 AND ingredient_id = $2 AND tenant_id = $3
      RETURNING ingredient_id`,
        [locationId, ingredientId, tenantId, threshold === null ? null : milliToText(threshold)],
      );
      return updated && find(tenantId, locationId, ingredientId);
    },

    async movements(tenantId, locationId, { limit, ingredientId, before }) {
      const rows = await db.query<MovementRow>(
        `SELECT ${MOVEMENT} FROM stock_movements
          WHERE location_id = $1 AND tenant_id = $2
            AND ($3::uuid IS NULL OR ingredient_id = $3::uuid)
            AND ($4::timestamptz IS NULL OR (at, id) < ($4::timestamptz, $5::uuid))
          ORDER BY at DESC, id DESC
          LIMIT $6`,
        [
          locationId,
          tenantId,
          ingredientId ?? null,
          before?.at ?? null,
          before?.id ?? null,
          limit + 1,
        ],
      );
      return rows.map(toMovement);
    },
  };
}
