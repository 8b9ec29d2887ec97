import type { OrderItemCompedV1 } from '@brigade/contracts';
import type { BillingDeps } from '../ports';
import { applyOrderEvent } from './apply-order-event';
import { OrderViewBehindError } from './billable-order.errors';
import { compUnits } from './line-changes';

/** Comped units cost the guest nothing but stay on the bill for the reports. */
export async function recordItemComped(deps: BillingDeps, event: OrderItemCompedV1): Promise<void> {
  const p = event.payload;
  const taken = { lineId: p.lineId, takenId: p.compedLineId, quantity: p.quantity };
  await applyOrderEvent(
    deps,
    event,
    (order, newest) => {
      const comped = compUnits(order, taken, newest);
      if (newest && comped.total.amountMinor !== p.value.amountMinor) {
        throw new OrderViewBehindError(
          order.orderId,
          `the comped units are worth ${comped.total.amountMinor}, orders says ${p.value.amountMinor}`,
        );
      }
    },
    p.total.amountMinor,
  );
}
