import type { Channel, OrderType } from '@brigade/contracts';
import type { Db } from '@brigade/db';
import type { Order, OrderStatus } from '../../domain/orders/order';
import type { OrderRepository } from '../../domain/ports';
import { OrderItemEntity } from '../entities/order-item.entity';
import { OrderEntity } from '../entities/order.entity';

export function orderRepository(db: Db): OrderRepository {
  return {
    async insert(order) {
      const em = db.manager();
      await em.insert(OrderEntity, {
        id: order.id,
        tenantId: order.tenantId,
        locationId: order.locationId,
        orderNumber: order.orderNumber,
        type: order.type,
        channel: order.channel,
        status: order.status,
        tableLabel: order.tableLabel,
        customerName: order.customerName,
        totalMinor: order.totalMinor,
        currency: order.currency,
        version: order.version,
        createdAt: order.createdAt,
        updatedAt: order.createdAt,
      });
      await em.insert(
        OrderItemEntity,
        order.lines.map((l, position) => ({ ...l, orderId: order.id, tenantId: order.tenantId, position })),
      );
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
        .set({ status: to, version: () => 'version + 1', updatedAt: () => 'now()' })
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
