import { OrderItemsFiredV1 } from '@brigade/contracts';
import type { OrdersDeps } from '../ports';
import type { OrderLine } from './order';
import type { OrderChange } from './order-change';
import { orderHeader, toFiredItems } from './order-events';

/**
 * Sends lines to the kitchen: marks them fired, deducts their recipes from stock (a `block`
 * location refuses, and the caller's whole transaction rolls back) and announces them.
 * `fieldOf` names a line in a stock error the way the caller's request named it.
 */
export async function fireLines(
  deps: OrdersDeps,
  change: OrderChange,
  lines: readonly OrderLine[],
  stockPolicy: 'block' | 'alert',
  fieldOf: (line: OrderLine) => string,
): Promise<void> {
  if (lines.length === 0) return;
  const { order, now } = change;
  const fireId = deps.newId();
  for (const line of lines) {
    line.firedAt = now;
    line.fireId = fireId;
    line.held = false;
  }
  await deps.stock.deductForFire(
    {
      tenantId: order.tenantId,
      locationId: order.locationId,
      orderId: order.id,
      policy: stockPolicy,
    },
    lines.map((l) => ({
      lineId: l.id,
      productId: l.productId,
      quantity: l.quantity,
      field: fieldOf(l),
    })),
  );
  change.record('order.items-fired', { fireId, lineIds: lines.map((l) => l.id) });
  change.publish(
    OrderItemsFiredV1.create(change.eventContext(), {
      ...orderHeader(order),
      diningAreaId: order.diningAreaId,
      fireId,
      items: toFiredItems(lines),
      firedAt: now.toISOString(),
    }),
  );
}
