import type { OrderDetailsChangedV1 } from '@brigade/contracts';
import type { BillingDeps } from '../ports';
import { applyOrderEvent } from './apply-order-event';

/** Who sits where: each event carries all details, so the newest one wins. */
export async function recordDetailsChanged(
  deps: BillingDeps,
  event: OrderDetailsChangedV1,
): Promise<void> {
  const p = event.payload;
  const version = event.aggregateVersion;
  await applyOrderEvent(deps, event, (order) => {
    if (version < order.detailsVersion) return;
    order.guestCount = p.guestCount;
    order.alias = p.alias;
    order.customerName = p.customerName;
    order.tableLabel = p.tableLabel;
    order.detailsVersion = version;
  });
}
