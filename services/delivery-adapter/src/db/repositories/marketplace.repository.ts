import type { Db } from '@brigade/db';
import type {
  Availability,
  Marketplace,
  MarketplaceOrder,
  MarketplaceStore,
  OrderData,
} from '../../domain/marketplace';
import type { MarketplaceRepository } from '../../domain/ports';

type Row = Record<string, unknown>;
const ORDER_COLUMNS =
  'id, marketplace, marketplace_order_id, store_id, tenant_id, location_id, status, display_id, resource_url, order_data, last_error, received_at, updated_at, internal_order_id, missing_skus, deny_reason, decided_by, deadline_at, escalated_at, internal_line_ids, ready_line_ids';

export function marketplaceRepository(db: Db): MarketplaceRepository {
  const orders = async (sql: string, params: unknown[]) =>
    (await db.query<Row>(sql, params)).map(toOrder);
  return {
    async recordWebhook(marketplace, eventId, marketplaceOrderId, at) {
      const rows = await db.query(
        `INSERT INTO marketplace_webhooks (marketplace, event_id, marketplace_order_id, received_at)
         VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING event_id`,
        [marketplace, eventId, marketplaceOrderId, at],
      );
      return rows.length === 1;
    },
    async insertOrderIfNew(o) {
      const rows = await db.query(
        `INSERT INTO marketplace_orders (${ORDER_COLUMNS})
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21)
         ON CONFLICT (marketplace, marketplace_order_id) DO NOTHING RETURNING id`,
        toParams(o),
      );
      return rows.length === 1;
    },
    findOrder: async (id) =>
      (await orders(`SELECT ${ORDER_COLUMNS} FROM marketplace_orders WHERE id = $1`, [id]))[0],
    findByMarketplaceId: async (marketplace, id) =>
      (
        await orders(
          `SELECT ${ORDER_COLUMNS} FROM marketplace_orders WHERE marketplace = $1 AND marketplace_order_id = $2`,
          [marketplace, id],
        )
      )[0],
    lockOrder: async (id) =>
      (
        await orders(`SELECT ${ORDER_COLUMNS} FROM marketplace_orders WHERE id = $1 FOR UPDATE`, [
          id,
        ])
      )[0],
    async saveOrder(o) {
      await db.query(
        `UPDATE marketplace_orders SET marketplace = $2, marketplace_order_id = $3, store_id = $4,
           tenant_id = $5, location_id = $6, status = $7, display_id = $8, resource_url = $9,
           order_data = $10, last_error = $11, received_at = $12, updated_at = $13,
           internal_order_id = $14, missing_skus = $15, deny_reason = $16, decided_by = $17,
           deadline_at = $18, escalated_at = $19, internal_line_ids = $20, ready_line_ids = $21
         WHERE id = $1`,
        toParams(o),
      );
    },
    listOrders: (f) =>
      orders(
        `SELECT ${ORDER_COLUMNS} FROM marketplace_orders
          WHERE tenant_id = $1 AND ($2::uuid IS NULL OR location_id = $2)
            AND ($3::text IS NULL OR status = $3)
          ORDER BY received_at DESC LIMIT $4`,
        [f.tenantId, f.locationId ?? null, f.status ?? null, f.limit],
      ),
    undecided: (f) =>
      orders(
        `SELECT ${ORDER_COLUMNS} FROM marketplace_orders
          WHERE internal_order_id IS NULL AND status = ANY($1) AND deadline_at <= $2
            AND ($3::boolean IS FALSE OR escalated_at IS NULL)
            AND ($4::uuid IS NULL OR location_id = $4) AND ($5::uuid IS NULL OR tenant_id = $5)
          ORDER BY deadline_at LIMIT $6`,
        [
          f.statuses,
          f.deadlineBefore,
          f.notEscalated ?? false,
          f.locationId ?? null,
          f.tenantId ?? null,
          f.limit,
        ],
      ),
    findByInternalOrder: async (internalOrderId) =>
      (
        await orders(
          `SELECT ${ORDER_COLUMNS} FROM marketplace_orders WHERE internal_order_id = $1`,
          [internalOrderId],
        )
      )[0],
    async findStore(marketplace, storeId) {
      const [r] = await db.query<Row>(
        'SELECT * FROM marketplace_stores WHERE marketplace = $1 AND store_id = $2',
        [marketplace, storeId],
      );
      return r && toStore(r);
    },
    async saveAvailability(marketplace, storeId, a) {
      await db.query(
        `UPDATE marketplace_stores SET availability = $3, extra_prep_minutes = $4,
           availability_source = $5, availability_until = $6, availability_version = $7
         WHERE marketplace = $1 AND store_id = $2`,
        [marketplace, storeId, a.mode, a.extraPrepMinutes, a.source, a.until, a.version],
      );
    },
    lockStore: async (marketplace, storeId) => {
      const [r] = await db.query<Row>(
        'SELECT * FROM marketplace_stores WHERE marketplace = $1 AND store_id = $2 FOR UPDATE',
        [marketplace, storeId],
      );
      return r && toStore(r);
    },
    storesWithAvailability: async () =>
      (
        await db.query<Row>(
          `SELECT s.* FROM marketplace_stores s
            WHERE s.availability_until IS NOT NULL
               OR s.location_id IN (SELECT location_id FROM busy_rules)`,
        )
      ).map(toStore),
    async saveBusyRules(b) {
      await db.query(
        `INSERT INTO busy_rules (location_id, tenant_id, busy_at_units, pause_at_units, calm_below_units, extra_prep_minutes, updated_by, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (location_id) DO UPDATE SET busy_at_units = $3, pause_at_units = $4,
           calm_below_units = $5, extra_prep_minutes = $6, updated_by = $7, updated_at = $8`,
        [
          b.locationId,
          b.tenantId,
          b.busyAtUnits,
          b.pauseAtUnits,
          b.calmBelowUnits,
          b.extraPrepMinutes,
          b.updatedBy,
          b.updatedAt,
        ],
      );
    },
    async busyRulesOf(locationId) {
      const [r] = await db.query<Row>('SELECT * FROM busy_rules WHERE location_id = $1', [
        locationId,
      ]);
      return (
        r && {
          locationId: r.location_id as string,
          tenantId: r.tenant_id as string,
          busyAtUnits: r.busy_at_units as number | null,
          pauseAtUnits: r.pause_at_units as number | null,
          calmBelowUnits: r.calm_below_units as number,
          extraPrepMinutes: r.extra_prep_minutes as number,
          updatedBy: r.updated_by as string,
          updatedAt: r.updated_at as Date,
        }
      );
    },
    storesOf: async (locationId) =>
      (
        await db.query<Row>(
          'SELECT * FROM marketplace_stores WHERE location_id = $1 ORDER BY marketplace',
          [locationId],
        )
      ).map(toStore),
    async saveStore(s) {
      await db.query(
        `INSERT INTO marketplace_stores (marketplace, store_id, tenant_id, location_id, updated_by, updated_at, auto_accept, fallback)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (location_id, marketplace) DO UPDATE SET store_id = $2, updated_by = $5,
           updated_at = $6, auto_accept = $7, fallback = $8`,
        [
          s.marketplace,
          s.storeId,
          s.tenantId,
          s.locationId,
          s.updatedBy,
          s.updatedAt,
          s.autoAccept,
          s.fallback,
        ],
      );
    },
  };
}

const toParams = (o: MarketplaceOrder): unknown[] => [
  o.id,
  o.marketplace,
  o.marketplaceOrderId,
  o.storeId,
  o.tenantId,
  o.locationId,
  o.status,
  o.displayId,
  o.resourceUrl,
  o.data ? JSON.stringify(o.data) : null,
  o.lastError,
  o.receivedAt,
  o.updatedAt,
  o.internalOrderId,
  o.missingSkus,
  o.denyReason,
  o.decidedBy,
  o.deadlineAt,
  o.escalatedAt,
  o.internalLineIds,
  o.readyLineIds,
];

const toOrder = (r: Row): MarketplaceOrder => ({
  id: r.id as string,
  marketplace: r.marketplace as Marketplace,
  marketplaceOrderId: r.marketplace_order_id as string,
  storeId: r.store_id as string,
  tenantId: r.tenant_id as string | null,
  locationId: r.location_id as string | null,
  status: r.status as MarketplaceOrder['status'],
  displayId: r.display_id as string | null,
  resourceUrl: r.resource_url as string | null,
  data: r.order_data as OrderData | null,
  lastError: r.last_error as string | null,
  receivedAt: r.received_at as Date,
  updatedAt: r.updated_at as Date,
  internalOrderId: r.internal_order_id as string | null,
  missingSkus: r.missing_skus as string[],
  denyReason: r.deny_reason as string | null,
  decidedBy: r.decided_by as string | null,
  deadlineAt: r.deadline_at as Date | null,
  escalatedAt: r.escalated_at as Date | null,
  internalLineIds: r.internal_line_ids as string[],
  readyLineIds: r.ready_line_ids as string[],
});

const toStore = (r: Row): MarketplaceStore => ({
  marketplace: r.marketplace as Marketplace,
  storeId: r.store_id as string,
  tenantId: r.tenant_id as string,
  locationId: r.location_id as string,
  autoAccept: r.auto_accept as boolean,
  fallback: r.fallback as 'accept' | 'deny',
  availability: {
    mode: r.availability as Availability['mode'],
    extraPrepMinutes: r.extra_prep_minutes as number,
    source: r.availability_source as Availability['source'],
    until: r.availability_until as Date | null,
    version: r.availability_version as number,
  },
  updatedBy: r.updated_by as string,
  updatedAt: r.updated_at as Date,
});
