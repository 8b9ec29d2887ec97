import type { OrderResponse } from '@brigade/contracts';
import type { Order } from '../domain/orders/order';
import { toOrderLines } from '../domain/orders/order-events';

export function toOrderResponse(order: Order): OrderResponse {
  return {
    id: order.id,
    orderNumber: order.orderNumber,
    locationId: order.locationId,
    type: order.type,
    channel: order.channel,
    status: order.status,
    tableLabel: order.tableLabel,
    customerName: order.customerName,
    lines: toOrderLines(order).map(({ lineId, ...line }) => ({ id: lineId, ...line })),
    total: { amountMinor: order.totalMinor, currency: order.currency },
    createdAt: order.createdAt.toISOString(),
  };
}
