import type { OrderResponse } from '@brigade/contracts';
import type { Order } from '../domain/orders/order';

export function toOrderResponse(order: Order): OrderResponse {
  const money = (amountMinor: number) => ({
    amountMinor,
    currency: order.currency,
  });
  return {
    id: order.id,
    orderNumber: order.orderNumber,
    locationId: order.locationId,
    type: order.type,
    channel: order.channel,
    status: order.status,
    tableLabel: order.tableLabel,
    customerName: order.customerName,
    lines: order.lines.map((l) => ({
      id: l.id,
      productId: l.productId,
      name: l.name,
      quantity: l.quantity,
      unitPrice: money(l.unitPriceMinor),
      taxRateBps: l.taxRateBps,
      total: money(l.totalMinor),
      notes: l.notes,
    })),
    total: money(order.totalMinor),
    createdAt: order.createdAt.toISOString(),
  };
}
