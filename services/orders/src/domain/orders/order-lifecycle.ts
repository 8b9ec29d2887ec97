import {
  OrderCancelledV1,
  OrderDetailsChangedV1,
  type CancelOrderRequest,
  type UpdateOrderRequest,
} from '@brigade/contracts';
import type { Actor } from '@brigade/core';
import type { OrdersDeps } from '../ports';
import { changeOrder } from './commit-change';
import type { Order } from './order';
import type { OrderChange } from './order-change';
import { assertOpen } from './order-status';
import { OrderNotFoundError } from './order.errors';
import { voidUnits } from './line-actions';
import { managerApproval, requireFloorStaff } from './staff';

/**
 * Cancels the whole order: with nothing fired any floor staff, else a manager's approval;
 * a marketplace order also by the marketplace's bridge (the marketplace cancelled it).
 */
export async function cancelOrder(
  deps: OrdersDeps,
  caller: Actor,
  orderId: string,
  input: CancelOrderRequest,
  approvalToken: string | undefined,
): Promise<Order> {
  // The marketplace is the authority on its own orders: its bridge cancels them as the
  // marketplace did, fired or not; anything else it cannot see.
  const bridge = caller.kind === 'storefront' && caller.channel === 'marketplace';
  if (!bridge) requireFloorStaff(caller);
  const { order } = await changeOrder(deps, caller, orderId, async (change) => {
    const { order } = change;
    if (bridge && order.channel !== 'marketplace') throw new OrderNotFoundError();
    assertOpen(order);
    const active = order.lines.filter((l) => l.status !== 'cancelled');
    const approvedBy =
      caller.kind === 'staff' && active.some((l) => l.firedAt !== null)
        ? await managerApproval(deps, caller, approvalToken, 'cancel-order', order.id)
        : null;
    const why = { reason: input.reason, note: input.note ?? null, approvedBy };
    for (const line of active) await voidUnits(deps, change, line, line.quantity, why);
    endOrder(change, { ...why, mergedIntoOrderId: null });
  });
  return order;
}

/** The order ends as cancelled, cancelled by hand or emptied into another by a merge. */
export function endOrder(
  change: OrderChange,
  why: {
    reason: CancelOrderRequest['reason'] | 'merged';
    note: string | null;
    approvedBy: string | null;
    mergedIntoOrderId: string | null;
  },
): void {
  const { order, now } = change;
  order.status = 'cancelled';
  order.cancelReason = why.reason;
  order.mergedIntoOrderId = why.mergedIntoOrderId;
  change.record(
    'order.cancelled',
    { note: why.note, mergedIntoOrderId: why.mergedIntoOrderId },
    { reason: why.reason, approvedBy: why.approvedBy },
  );
  change.publish(
    OrderCancelledV1.create(change.eventContext(), {
      orderId: order.id,
      orderNumber: order.orderNumber,
      reason: why.reason,
      note: why.note,
      mergedIntoOrderId: why.mergedIntoOrderId,
      cancelledBy: change.actor,
      approvedBy: why.approvedBy,
      cancelledAt: now.toISOString(),
    }),
  );
}

/** Records who sits where and tells billing (service charge depends on the party size). */
export function detailsChanged(change: OrderChange, what: Record<string, unknown>): void {
  const { order, now } = change;
  change.record('order.details-changed', what);
  change.publish(
    OrderDetailsChangedV1.create(change.eventContext(), {
      orderId: order.id,
      guestCount: order.guestCount,
      alias: order.alias,
      customerName: order.customerName,
      tableLabel: order.tableLabel,
      tableSessionId: order.tableSessionId,
      changedAt: now.toISOString(),
    }),
  );
}

export async function updateOrder(
  deps: OrdersDeps,
  caller: Actor,
  orderId: string,
  input: UpdateOrderRequest,
): Promise<Order> {
  requireFloorStaff(caller);
  const { order } = await changeOrder(deps, caller, orderId, (change) => {
    const { order } = change;
    assertOpen(order);
    const changed: Record<string, unknown> = {};
    if (input.guestCount !== undefined && input.guestCount !== order.guestCount) {
      order.guestCount = changed.guestCount = input.guestCount;
    }
    if (input.alias !== undefined && input.alias !== order.alias) {
      order.alias = changed.alias = input.alias;
    }
    if (input.customerName !== undefined && input.customerName !== order.customerName) {
      order.customerName = changed.customerName = input.customerName;
    }
    if (Object.keys(changed).length > 0) detailsChanged(change, changed);
  });
  return order;
}
