import type { OrderLinesAddedV1 } from '@brigade/contracts';
import type { BillingDeps } from '../ports';
import { applyOrderEvent } from './apply-order-event';
import { addLines } from './line-changes';

/** A later round joins the tab. */
export async function recordLinesAdded(deps: BillingDeps, event: OrderLinesAddedV1): Promise<void> {
  const p = event.payload;
  await applyOrderEvent(deps, event, (order) => addLines(order, p.lines), p.total.amountMinor);
}
