import type { OrderItemVoidedV1 } from '@brigade/contracts';
import type { KitchenDeps } from '../ports';

/**
 * Items cancelled after they were fired are struck on their ticket, so the cook stops. A void
 * before fire never reached the kitchen: nothing to strike.
 */
export async function strikeVoidedItems(
  deps: KitchenDeps,
  event: OrderItemVoidedV1,
): Promise<void> {
  const { afterFire, lineId, quantity } = event.payload;
  if (!afterFire) return;
  await deps.tickets.strikeUnits(lineId, quantity);
}
