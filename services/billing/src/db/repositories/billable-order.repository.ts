import type { Db } from '@brigade/db';
import type { BillableOrderRepository } from '../../domain/ports';
import { BillableOrderEntity } from '../entities/billable-order.entity';

export function billableOrderRepository(db: Db): BillableOrderRepository {
  return {
    async upsert(order) {
      await db.query(
        `INSERT INTO billable_orders (order_id, tenant_id, location_id, order_number, lines, total_minor, currency, order_version, placed_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT (order_id) DO UPDATE SET lines = EXCLUDED.lines, total_minor = EXCLUDED.total_minor,
           order_version = EXCLUDED.order_version
         WHERE billable_orders.order_version < EXCLUDED.order_version`,
        [
          order.orderId,
          order.tenantId,
          order.locationId,
          order.orderNumber,
          JSON.stringify(order.lines),
          order.totalMinor,
          order.currency,
          order.orderVersion,
          order.placedAt,
        ],
      );
    },
    async find(orderId) {
      return (await db.manager().findOneBy(BillableOrderEntity, { orderId })) ?? undefined;
    },
  };
}
