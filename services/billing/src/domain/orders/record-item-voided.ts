import type { OrderItemVoidedV1 } from '@brigade/contracts';
import type { BillingDeps } from '../ports';
import { applyOrderEvent } from './apply-order-event';
import { voidUnits } from './line-changes';

/** Voided (or, after fire, cancelled) units are no longer charged. */
export async function recordItemVoided(deps: BillingDeps, event: OrderItemVoidedV1): Promise<void> {
  const p = event.payload;
  const taken = { lineId: p.lineId, takenId: p.voidedLineId, quantity: p.quantity };
  await applyOrderEvent(
    deps,
    event,
    (order, newest) => voidUnits(order, taken, newest),
    p.total.amountMinor,
  );
}
