import type { Channel, OrderType } from '@brigade/contracts';
import type { Db } from '@brigade/db';
import type { Order, OrderStatus } from '../../domain/orders/order';
import type { OrderRepository } from '../../domain/ports';
import { OrderEntity } from '../entities/order.entity';

export function orderRepository(db: Db): OrderRepository {
  return {
    // Number (the location's sequence), order and lines in one statement: the hot path.
    async insertNumbered(order) {
      const l = order.lines;
      const [row] = await db.query<{ order_number: number }>(
        `WITH inserted AS (
           INSERT INTO orders (id, tenant_id, location_id, order_number, type, channel, status, table_label,
                               customer_name, total_minor, currency, version, created_at, updated_at)
           VALUES ($1, $2, $3::uuid, nextval(format('order_numbers_%s', replace($3::text, '-', ''))::regclass),
                   $4, $5, $6, $7, $8, $9, $10, $11, $12, $12)
           RETURNING id, order_number),
         items AS (
           INSERT INTO order_items (id, order_id, tenant_id, position, product_id, name, quantity,
                                    unit_price_minor, tax_rate_bps, total_minor, notes, status)
           SELECT item.id, inserted.id, $2, item.position, item.product_id, item.name, item.quantity,
                  item.unit_price_minor, item.tax_rate_bps, item.total_minor, item.notes, item.status
             FROM inserted, unnest($13::uuid[], $14::int[], $15::uuid[], $16::text[], $17::int[],
                                   $18::int[], $19::int[], $20::int[], $21::text[], $22::text[])
               AS item (id, position, product_id, name, quantity, unit_price_minor, tax_rate_bps,
                        total_minor, notes, status))
         SELECT order_number FROM inserted`,
        [
          ...[order.id, order.tenantId, order.locationId, order.type, order.channel, order.status],
          ...[
            order.tableLabel,
            order.customerName,
            order.totalMinor,
            order.currency,
            order.version,
          ],
          order.createdAt,
          l.map((x) => x.id),
          l.map((_, i) => i),
          l.map((x) => x.productId),
          l.map((x) => x.name),
          l.map((x) => x.quantity),
          l.map((x) => x.unitPriceMinor),
          l.map((x) => x.taxRateBps),
          l.map((x) => x.totalMinor),
          l.map((x) => x.notes),
          l.map((x) => x.status),
        ],
      );
      if (!row) throw new Error(`location ${order.locationId} vanished while placing an order`);
      return row.order_number;
    },

    async find(orderId) {
      const row = await db.manager().findOne(OrderEntity, {
        where: { id: orderId },
        relations: { items: true },
        order: { items: { position: 'ASC' } },
      });
      return row ? toOrder(row) : undefined;
    },

    async updateStatus(orderId, from, to) {
      const result = await db
        .manager()
        .createQueryBuilder()
        .update(OrderEntity)
        .set({
          status: to,
          version: () => 'version + 1',
          updatedAt: () => 'now()',
        })
        .where('id = :orderId AND status IN (:...from)', { orderId, from })
        .execute();
      return (result.affected ?? 0) > 0;
    },
  };
}

function toOrder(row: OrderEntity): Order {
  return {
    id: row.id,
    tenantId: row.tenantId,
    locationId: row.locationId,
    orderNumber: row.orderNumber,
    type: row.type as OrderType,
    channel: row.channel as Channel,
    status: row.status as OrderStatus,
    tableLabel: row.tableLabel,
    customerName: row.customerName,
    totalMinor: row.totalMinor,
    currency: row.currency,
    version: row.version,
    createdAt: row.createdAt,
    lines: row.items.map((i) => ({
      id: i.id,
      productId: i.productId,
      name: i.name,
      quantity: i.quantity,
      unitPriceMinor: i.unitPriceMinor,
      taxRateBps: i.taxRateBps,
      totalMinor: i.totalMinor,
      notes: i.notes,
      status: i.status as Order['lines'][number]['status'],
    })),
  };
}
