import type { Db } from '@brigade/db';
import type { SkuMapping } from '../../domain/marketplace';
import type {
  SkuMappingRepository,
  StatusUpdateRepository,
  StatusUpdateRow,
} from '../../domain/ports';

type Row = Record<string, unknown>;

export function skuMappingRepository(db: Db): SkuMappingRepository {
  return {
    find: async (locationId, skus) =>
      (
        await db.query<Row>('SELECT * FROM sku_mappings WHERE location_id = $1 AND sku = ANY($2)', [
          locationId,
          skus,
        ])
      ).map(toMapping),
    list: async (locationId) =>
      (
        await db.query<Row>('SELECT * FROM sku_mappings WHERE location_id = $1 ORDER BY sku', [
          locationId,
        ])
      ).map(toMapping),
    async save(m) {
      await db.query(
        `INSERT INTO sku_mappings (location_id, tenant_id, sku, product_id, modifier_option_id, updated_by, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (location_id, sku) DO UPDATE SET product_id = $4, modifier_option_id = $5,
           updated_by = $6, updated_at = $7`,
        [
          m.locationId,
          m.tenantId,
          m.sku,
          m.productId,
          m.modifierOptionId,
          m.updatedBy,
          m.updatedAt,
        ],
      );
    },
  };
}

const toMapping = (r: Row): SkuMapping => ({
  locationId: r.location_id as string,
  tenantId: r.tenant_id as string,
  sku: r.sku as string,
  productId: r.product_id as string | null,
  modifierOptionId: r.modifier_option_id as string | null,
  updatedBy: r.updated_by as string,
  updatedAt: r.updated_at as Date,
});

export function statusUpdateRepository(db: Db): StatusUpdateRepository {
  const rows = async (sql: string, params: unknown[]) =>
    (await db.query<Row>(sql, params)).map(toRow);
  return {
    async addIfNew(orderId, status, reason, at) {
      const added = await db.query(
        `INSERT INTO marketplace_status_updates (order_id, status, reason, state, created_at)
         VALUES ($1, $2, $3, 'pending', $4) ON CONFLICT DO NOTHING RETURNING order_id`,
        [orderId, status, reason, at],
      );
      return added.length === 1;
    },
    lock: async (orderId, status) =>
      (
        await rows(
          'SELECT * FROM marketplace_status_updates WHERE order_id = $1 AND status = $2 FOR UPDATE',
          [orderId, status],
        )
      )[0],
    async save(r) {
      await db.query(
        `UPDATE marketplace_status_updates SET state = $3, attempts = $4, last_error = $5, sent_at = $6
          WHERE order_id = $1 AND status = $2`,
        [r.orderId, r.status, r.state, r.attempts, r.lastError, r.sentAt],
      );
    },
    listFor: (orderIds) =>
      rows(
        'SELECT * FROM marketplace_status_updates WHERE order_id = ANY($1) ORDER BY created_at',
        [orderIds],
      ),
  };
}

const toRow = (r: Row): StatusUpdateRow => ({
  orderId: r.order_id as string,
  status: r.status as StatusUpdateRow['status'],
  reason: r.reason as string | null,
  state: r.state as StatusUpdateRow['state'],
  attempts: r.attempts as number,
  lastError: r.last_error as string | null,
  sentAt: r.sent_at as Date | null,
});
