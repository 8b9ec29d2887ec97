import type { OrderLinesMovedV1 } from '@brigade/contracts';
import type { BillingDeps } from '../ports';
import { assertSameTenant } from './apply-order-event';
import type { BillableOrder } from './billable-order';
import {
  OrderEventMismatchError,
  OrderNotYetKnownError,
  OrderViewBehindError,
} from './billable-order.errors';
import { moveLines } from './line-changes';
import { assertInStep, hasApplied, isNewest, settle } from './order-versions';

/**
 * Lines moved to another order (a transfer, a merge, a split) leave the source view for
 * the target's, which this move may have opened. Both views change in one transaction.
 */
export async function recordLinesMoved(deps: BillingDeps, event: OrderLinesMovedV1): Promise<void> {
  const p = event.payload;
  if (p.fromOrderId === p.toOrderId) {
    throw new OrderEventMismatchError(p.toOrderId, 'lines cannot move onto their own order');
  }
  await deps.transaction(async () => {
    // Locked in id order, so two moves between the same orders cannot deadlock.
    const locked = new Map<string, BillableOrder | undefined>();
    for (const id of [p.fromOrderId, p.toOrderId].sort()) {
      locked.set(id, await deps.billableOrders.lock(id));
    }
    const from = locked.get(p.fromOrderId);
    if (!from) throw new OrderNotYetKnownError(p.fromOrderId);
    const existing = locked.get(p.toOrderId);
    if (!existing && !p.toOrderIsNew) throw new OrderNotYetKnownError(p.toOrderId);
    const to = existing ?? openedByMove(event, from);
    for (const order of [from, to]) assertSameTenant(order, event);

    // The event counts as a change of the order it is about (orders names the target).
    const own = [to, from].find((o) => o.orderId === event.aggregateId);
    if (!own) throw new OrderEventMismatchError(p.toOrderId, 'the envelope is about neither order');
    const version = event.aggregateVersion;
    if (hasApplied(own, version)) return;
    const newest = isNewest(own, version);
    moveLines(from, to, p.lineIds);
    for (const order of [from, to]) settle(order, order === own ? version : undefined);
    if (newest) assertInStep(own, (own === to ? p.toTotal : p.fromTotal).amountMinor);

    await deps.billableOrders.save(from);
    if (existing) await deps.billableOrders.save(to);
    else if (!(await deps.billableOrders.insert(to))) {
      throw new OrderViewBehindError(to.orderId, 'its view was opened meanwhile');
    }
  });
}

/** The target order opened by this move: billing never heard of it before. */
function openedByMove(event: OrderLinesMovedV1, from: BillableOrder): BillableOrder {
  const p = event.payload;
  return {
    orderId: p.toOrderId,
    tenantId: event.tenantId,
    locationId: event.locationId,
    orderNumber: p.toOrderNumber,
    type: p.toOrderType,
    status: 'open',
    tableLabel: p.toTableLabel,
    // orders opens the new tab like the order the lines come from, without alias or guests.
    customerName: from.customerName,
    alias: null,
    guestCount: null,
    detailsVersion: 0,
    mergedIntoOrderId: null,
    lines: [],
    totalMinor: 0,
    currency: p.toTotal.currency,
    orderVersion: 0,
    appliedVersions: [],
    placedAt: new Date(p.movedAt),
  };
}
