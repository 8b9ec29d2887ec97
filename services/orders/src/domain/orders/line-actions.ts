import {
  OrderItemCompedV1,
  OrderItemVoidedV1,
  type CompLineRequest,
  type ServeRequest,
  type VoidLineRequest,
} from '@brigade/contracts';
import type { Actor } from '@brigade/core';
import type { OrdersDeps } from '../ports';
import { changeOrder } from './commit-change';
import { orderTotal, type Order, type OrderLine } from './order';
import type { OrderChange } from './order-change';
import { moneyOf } from './order-events';
import { takeUnits } from './order-lines';
import { advancesItem, assertOpen } from './order-status';
import { LineNotFoundError, LineStateError } from './order.errors';
import { managerApproval, requireFloorStaff } from './staff';

function lineOf(order: Order, lineId: string): OrderLine {
  const line = order.lines.find((l) => l.id === lineId);
  if (!line) throw new LineNotFoundError('lineId');
  if (line.status === 'cancelled') throw new LineStateError('lineId', 'already voided');
  return line;
}

function unitsOf(line: OrderLine, quantity: number | undefined): number {
  if (quantity !== undefined && quantity > line.quantity) {
    throw new LineStateError('quantity', `the line has only ${line.quantity}`);
  }
  return quantity ?? line.quantity;
}

/**
 * Voids units of a line and tells everyone: stock comes back if the kitchen had it, the
 * kitchen strikes it, billing stops charging it. Shared by a line void and an order cancel.
 */
export async function voidUnits(
  deps: OrdersDeps,
  change: OrderChange,
  line: OrderLine,
  quantity: number,
  why: { reason: VoidLineRequest['reason']; note: string | null; approvedBy: string | null },
): Promise<void> {
  const { order, now } = change;
  const afterFire = line.firedAt !== null;
  const voided = takeUnits(order.lines, line, quantity, deps.newId);
  voided.status = 'cancelled';
  voided.voidReason = why.reason;
  if (afterFire) {
    await deps.stock.reverse(
      { tenantId: order.tenantId, locationId: order.locationId, orderId: order.id },
      [{ lineId: line.id, reversalId: voided.id, quantity }],
      'cancel',
    );
  }
  order.totalMinor = orderTotal(order.lines);
  change.record(
    afterFire ? 'order.item-cancelled' : 'order.item-voided',
    { lineId: line.id, voidedLineId: voided.id, quantity, name: line.name, note: why.note },
    { reason: why.reason, approvedBy: why.approvedBy },
  );
  change.publish(
    OrderItemVoidedV1.create(change.eventContext(), {
      orderId: order.id,
      orderNumber: order.orderNumber,
      lineId: line.id,
      productId: line.productId,
      name: line.name,
      quantity,
      voidedLineId: voided.id,
      afterFire,
      reason: why.reason,
      note: why.note,
      voidedBy: change.actor,
      approvedBy: why.approvedBy,
      total: moneyOf(order)(order.totalMinor),
      voidedAt: now.toISOString(),
    }),
  );
}

/** Before fire: any floor staff. After fire (a cancel): a manager or their approval. */
export async function voidLine(
  deps: OrdersDeps,
  caller: Actor,
  ids: { orderId: string; lineId: string },
  input: VoidLineRequest,
  approvalToken: string | undefined,
): Promise<Order> {
  requireFloorStaff(caller);
  const { order } = await changeOrder(deps, caller, ids.orderId, async (change) => {
    assertOpen(change.order);
    const line = lineOf(change.order, ids.lineId);
    const quantity = unitsOf(line, input.quantity);
    const approvedBy =
      line.firedAt === null
        ? null
        : await managerApproval(deps, caller, approvalToken, 'cancel-item', line.id);
    await voidUnits(deps, change, line, quantity, {
      reason: input.reason,
      note: input.note ?? null,
      approvedBy,
    });
  });
  return order;
}

/** Free but counted: the kitchen still cooks it, billing charges nothing for it. Managers. */
export async function compLine(
  deps: OrdersDeps,
  caller: Actor,
  ids: { orderId: string; lineId: string },
  input: CompLineRequest,
  approvalToken: string | undefined,
): Promise<Order> {
  requireFloorStaff(caller);
  const { order } = await changeOrder(deps, caller, ids.orderId, async (change) => {
    const { order, now } = change;
    assertOpen(order);
    const line = lineOf(order, ids.lineId);
    if (line.comped) throw new LineStateError('lineId', 'already comped');
    const quantity = unitsOf(line, input.quantity);
    const approvedBy = await managerApproval(deps, caller, approvalToken, 'comp-item', line.id);
    const comped = takeUnits(order.lines, line, quantity, deps.newId);
    comped.comped = true;
    comped.compReason = input.reason;
    order.totalMinor = orderTotal(order.lines);
    change.record(
      'order.item-comped',
      {
        lineId: line.id,
        compedLineId: comped.id,
        quantity,
        name: line.name,
        note: input.note ?? null,
      },
      { reason: input.reason, approvedBy },
    );
    const money = moneyOf(order);
    change.publish(
      OrderItemCompedV1.create(change.eventContext(), {
        orderId: order.id,
        orderNumber: order.orderNumber,
        lineId: line.id,
        quantity,
        compedLineId: comped.id,
        value: money(comped.totalMinor),
        reason: input.reason,
        note: input.note ?? null,
        compedBy: change.actor,
        approvedBy,
        total: money(order.totalMinor),
        compedAt: now.toISOString(),
      }),
    );
  });
  return order;
}

/** The waiter brought fired lines to the table. */
export async function serveLines(
  deps: OrdersDeps,
  caller: Actor,
  orderId: string,
  input: ServeRequest,
): Promise<Order> {
  requireFloorStaff(caller);
  const { order } = await changeOrder(deps, caller, orderId, (change) => {
    const lines = input.lineIds.map((id, i) => {
      const line = change.order.lines.find((l) => l.id === id);
      if (!line) throw new LineNotFoundError(`lineIds.${i}`);
      if (line.status === 'cancelled') throw new LineStateError(`lineIds.${i}`, 'voided');
      if (line.firedAt === null) throw new LineStateError(`lineIds.${i}`, 'not fired yet');
      return line;
    });
    const served = lines.filter((l) => advancesItem(l, 'served'));
    for (const line of served) line.status = 'served';
    if (served.length > 0) {
      change.record('order.items-served', { lineIds: served.map((l) => l.id) });
    }
  });
  return order;
}
