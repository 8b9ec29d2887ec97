import { OrderItemsFiredV1, OrderPlacedV1, type PlaceOrderRequest } from '@brigade/contracts';
import { canAccess, traceFromContext, type Actor } from '@brigade/core';
import { priceLines } from '../menu/pricing';
import type { OrdersDeps } from '../ports';
import { orderTotal, type Order } from './order';
import { ChannelMismatchError, LocationNotFoundError } from './order.errors';
import { toOrderLines, toFiredItems } from './order-events';

/**
 * Places an order and fires all its items: prices it from the menu, then stores the order,
 * its lines and both events in one transaction.
 */
export async function placeOrder(
  deps: OrdersDeps,
  caller: Actor,
  input: PlaceOrderRequest,
): Promise<Order> {
  const found = await deps.locations.findWithProducts(
    input.locationId,
    input.lines.map((l) => l.productId),
  );
  if (
    !found ||
    !canAccess(caller, { tenantId: found.location.tenantId, locationId: input.locationId })
  ) {
    throw new LocationNotFoundError();
  }
  if (caller.kind === 'storefront' && input.channel !== caller.channel) {
    throw new ChannelMismatchError(caller.channel);
  }
  const { location, products } = found;
  const lines = priceLines(input.lines, products, deps.newId).map((l) => ({
    ...l,
    status: 'pending' as const,
  }));

  return deps.transaction(async () => {
    const now = deps.clock.now();
    const draft: Omit<Order, 'orderNumber'> = {
      id: deps.newId(),
      tenantId: location.tenantId,
      locationId: location.id,
      type: input.type,
      channel: input.channel,
      status: 'draft',
      tableLabel: input.tableLabel ?? null,
      customerName: input.customerName ?? null,
      lines,
      totalMinor: orderTotal(lines),
      currency: location.currency,
      version: 1,
      createdAt: now,
    };
    const order: Order = { ...draft, orderNumber: await deps.orders.insertNumbered(draft) };
    const ctx = {
      tenantId: order.tenantId,
      locationId: order.locationId,
      aggregateId: order.id,
      aggregateVersion: order.version,
      occurredAt: now,
      ...traceFromContext(),
    };
    const header = {
      orderId: order.id,
      orderNumber: order.orderNumber,
      type: order.type,
      channel: order.channel,
      tableLabel: order.tableLabel,
      customerName: order.customerName,
    };
    await deps.outbox.add([
      OrderPlacedV1.create(ctx, {
        ...header,
        lines: toOrderLines(order),
        total: { amountMinor: order.totalMinor, currency: order.currency },
        placedAt: now.toISOString(),
      }),
      OrderItemsFiredV1.create(ctx, {
        ...header,
        fireId: deps.newId(),
        items: toFiredItems(order.lines),
        firedAt: now.toISOString(),
      }),
    ]);
    return order;
  });
}
