import type { OrderCancelledV1 } from '@brigade/contracts';
import type { BillingDeps } from '../ports';
import { applyOrderEvent } from './apply-order-event';

/**
 * The order ends as cancelled. orders voided or moved away every line before, so it charges
 * nothing: the view is in step only once those changes have landed too.
 */
export async function recordOrderCancelled(
  deps: BillingDeps,
  event: OrderCancelledV1,
): Promise<void> {
  const p = event.payload;
  await applyOrderEvent(
    deps,
    event,
    (order) => {
      order.status = 'cancelled';
      order.mergedIntoOrderId = p.mergedIntoOrderId;
    },
    0,
  );
}
