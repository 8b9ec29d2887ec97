import type { OrderResponse } from '@brigade/contracts';
import type { Order } from '../domain/orders/order';
import type { OrderLogEntry } from '../domain/orders/order-change';
import { moneyOf } from '../domain/orders/order-events';

export function toOrderResponse(order: Order): OrderResponse {
  const money = moneyOf(order);
  return {
    id: order.id,
    orderNumber: order.orderNumber,
    locationId: order.locationId,
    type: order.type,
    channel: order.channel,
    status: order.status,
    tableLabel: order.tableLabel,
    tableSessionId: order.tableSessionId,
    customerName: order.customerName,
    guestCount: order.guestCount,
    alias: order.alias,
    mergedIntoOrderId: order.mergedIntoOrderId,
    cancelReason: order.cancelReason,
    rounds: order.rounds,
    lines: order.lines.map((l) => ({
      id: l.id,
      productId: l.productId,
      name: l.name,
      quantity: l.quantity,
      basePrice: money(l.baseUnitPriceMinor),
      unitPrice: money(l.unitPriceMinor),
      priceRule: l.priceRule,
      modifiers: l.modifiers.map((m) => ({
        optionId: m.optionId,
        name: m.name,
        priceDelta: money(m.priceDeltaMinor),
      })),
      taxRateBps: l.taxRateBps,
      total: money(l.totalMinor),
      notes: l.notes,
      seat: l.seat,
      course: l.course,
      round: l.round,
      source: l.source,
      status: l.status,
      held: l.held,
      firedAt: l.firedAt?.toISOString() ?? null,
      comped: l.comped,
      compReason: l.compReason,
      voidReason: l.voidReason,
    })),
    total: money(order.totalMinor),
    version: order.version,
    createdAt: order.createdAt.toISOString(),
  };
}

export function toLogEntryResponse(entry: OrderLogEntry) {
  return { ...entry, at: entry.at.toISOString() };
}
