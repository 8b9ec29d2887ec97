import { OrderLinesMovedV1, type MergeRequest, type TransferRequest } from '@brigade/contracts';
import { actorKey, canAccess, type Actor } from '@brigade/core';
import type { TableSession } from '../floor/ports';
import type { OrdersDeps } from '../ports';
import { commitChange } from './commit-change';
import { orderTotal, type Order, type OrderLine } from './order';
import { OrderChange } from './order-change';
import { moneyOf } from './order-events';
import { detailsChanged, endOrder } from './order-lifecycle';
import { assertOpen } from './order-status';
import {
  LineNotFoundError,
  LineStateError,
  OrderMergeInvalidError,
  OrderNotFoundError,
  TableNotFoundError,
} from './order.errors';
import { requireFloorStaff } from './staff';

type MoveKind = 'transfer' | 'merge' | 'split';

/**
 * Moves an order, or some of its lines (and guests), to another table. A whole order going
 * to a free table simply changes table; otherwise its lines join the target table's tab
 * (opened if the table has none), keeping their ids and statuses: each line exists exactly
 * once, before and after.
 */
export async function transferLines(
  deps: OrdersDeps,
  caller: Actor,
  orderId: string,
  input: TransferRequest,
  kind: 'transfer' | 'split',
): Promise<{ from: Order; to: Order }> {
  requireFloorStaff(caller);
  return deps.transaction(async () => {
    const source = await deps.orders.lockForChange(orderId);
    if (!source || !canAccess(caller, source)) throw new OrderNotFoundError();
    assertOpen(source);
    const session = await deps.tableSessions.openOrJoin(
      { tenantId: source.tenantId, tableId: input.tableId },
      'pos',
      actorKey(caller),
    );
    if (!session || session.locationId !== source.locationId)
      throw new TableNotFoundError('tableId');
    if (session.id === source.tableSessionId) {
      throw new LineStateError('tableId', 'the order is at this table already');
    }
    const now = deps.clock.now();
    const fromChange = new OrderChange(source, actorKey(caller), now);
    const moving = input.lineIds ? pickLines(source, input.lineIds) : source.lines.slice();
    const previousSessionId = source.tableSessionId;
    const { sessionOpen, tab } = await deps.orders.lockTab(session.id);
    if (!sessionOpen) throw new TableNotFoundError('tableId');

    if (!input.lineIds && !tab) {
      source.tableSessionId = session.id;
      source.diningAreaId = session.areaId;
      source.tableLabel = session.tableNumber;
      if (input.guestCount) source.guestCount = input.guestCount;
      detailsChanged(fromChange, { tableLabel: source.tableLabel, tableSessionId: session.id });
      await commitChange(deps, fromChange);
      await closeIfLeft(deps, previousSessionId);
      return { from: source, to: source };
    }

    const target = tab ?? (await openTabLike(deps, source, session, now));
    const toChange = new OrderChange(target, actorKey(caller), now);
    // A whole party brings its guests along unless told otherwise.
    const guests =
      input.guestCount ?? (input.lineIds ? undefined : (source.guestCount ?? undefined));
    moveLines(fromChange, toChange, moving, kind, { isNew: !tab, guests });
    if (source.lines.length === 0) {
      endOrder(fromChange, {
        reason: 'merged',
        note: null,
        approvedBy: null,
        mergedIntoOrderId: target.id,
      });
    }
    await commitChange(deps, toChange, { isNew: !tab });
    await commitChange(deps, fromChange);
    if (source.status === 'cancelled') await closeIfLeft(deps, previousSessionId);
    return { from: source, to: target };
  });
}

/**
 * Tables pushed together: the other orders' lines and guests move into the parent order,
 * they end as cancelled (merged into it), and their tables join the parent's session.
 */
export async function mergeOrders(
  deps: OrdersDeps,
  caller: Actor,
  parentId: string,
  input: MergeRequest,
): Promise<Order> {
  requireFloorStaff(caller);
  return deps.transaction(async () => {
    const others = [...new Set(input.orderIds)];
    const index = (id: string) => input.orderIds.indexOf(id);
    // Locked in id order, so two merges over the same orders cannot deadlock.
    const locked = new Map<string, Order>();
    for (const id of [parentId, ...others].sort()) {
      const order = await deps.orders.lockForChange(id);
      if (order && canAccess(caller, order)) locked.set(id, order);
    }
    const parent = locked.get(parentId);
    if (!parent) throw new OrderNotFoundError();
    assertOpen(parent);
    if (others.includes(parentId)) {
      throw new OrderMergeInvalidError(`orderIds.${index(parentId)}`, 'the parent order itself');
    }
    const now = deps.clock.now();
    const parentChange = new OrderChange(parent, actorKey(caller), now);
    const changes: OrderChange[] = [];
    for (const id of others) {
      const other = locked.get(id);
      const field = `orderIds.${index(id)}`;
      if (!other) throw new OrderMergeInvalidError(field, 'no such order');
      if (other.locationId !== parent.locationId) {
        throw new OrderMergeInvalidError(field, 'at another location');
      }
      assertOpenFor(other, field);
      const change = new OrderChange(other, actorKey(caller), now);
      moveLines(change, parentChange, other.lines.slice(), 'merge', {
        isNew: false,
        guests: other.guestCount ?? undefined,
      });
      endOrder(change, {
        reason: 'merged',
        note: null,
        approvedBy: null,
        mergedIntoOrderId: parent.id,
      });
      changes.push(change);
      if (
        other.tableSessionId &&
        parent.tableSessionId &&
        other.tableSessionId !== parent.tableSessionId
      ) {
        await deps.tableSessions.mergeInto(other.tableSessionId, parent.tableSessionId);
      }
    }
    await commitChange(deps, parentChange);
    for (const change of changes) await commitChange(deps, change);
    return parent;
  });
}

function assertOpenFor(order: Order, field: string): void {
  if (order.status === 'paid' || order.status === 'cancelled') {
    throw new OrderMergeInvalidError(field, `the order is ${order.status}`);
  }
}

function pickLines(order: Order, lineIds: string[]): OrderLine[] {
  return lineIds.map((id, i) => {
    const line = order.lines.find((l) => l.id === id);
    if (!line) throw new LineNotFoundError(`lineIds.${i}`);
    if (lineIds.indexOf(id) !== i) throw new LineStateError(`lineIds.${i}`, 'named twice');
    return line;
  });
}

/** Moves lines between two orders being changed, with the facts on both sides. */
function moveLines(
  from: OrderChange,
  to: OrderChange,
  lines: OrderLine[],
  kind: MoveKind,
  options: { isNew: boolean; guests: number | undefined },
): void {
  const lineIds = lines.map((l) => l.id);
  from.order.lines = from.order.lines.filter((l) => !lineIds.includes(l.id));
  to.order.lines.push(...lines);
  to.order.rounds = Math.max(to.order.rounds, ...lines.map((l) => l.round));
  if (options.guests) {
    to.order.guestCount = (options.isNew ? 0 : (to.order.guestCount ?? 0)) + options.guests;
    if (from.order.guestCount)
      from.order.guestCount = Math.max(1, from.order.guestCount - options.guests);
  }
  const money = (o: Order) => moneyOf(o)(orderTotal(o.lines));
  from.record('order.lines-moved-out', { kind, toOrderId: to.order.id, lineIds });
  to.record(options.isNew ? 'order.opened-by-move' : 'order.lines-moved-in', {
    kind,
    fromOrderId: from.order.id,
    lineIds,
  });
  to.publish(
    OrderLinesMovedV1.create(to.eventContext(), {
      kind,
      fromOrderId: from.order.id,
      toOrderId: to.order.id,
      toOrderNumber: to.order.orderNumber,
      toTableLabel: to.order.tableLabel,
      toOrderIsNew: options.isNew,
      toOrderType: to.order.type,
      lineIds,
      fromTotal: money(from.order),
      toTotal: money(to.order),
      movedBy: from.actor,
      movedAt: from.now.toISOString(),
    }),
  );
  // Guests moved too: billing's service charge depends on each party's size.
  if (options.guests) {
    detailsChanged(to, { guestCount: to.order.guestCount });
    if (from.order.lines.length > 0) detailsChanged(from, { guestCount: from.order.guestCount });
  }
}

/** A new tab at `session` for lines moving away from `source`. */
async function openTabLike(
  deps: OrdersDeps,
  source: Order,
  session: TableSession,
  now: Date,
): Promise<Order> {
  return {
    ...source,
    id: deps.newId(),
    orderNumber: await deps.orders.nextOrderNumber(source.locationId),
    type: 'dine_in',
    channel: 'pos',
    status: 'draft',
    tableLabel: session.tableNumber,
    tableSessionId: session.id,
    diningAreaId: session.areaId,
    guestCount: null,
    alias: null,
    mergedIntoOrderId: null,
    cancelReason: null,
    rounds: 0,
    lines: [],
    totalMinor: 0,
    version: 0,
    createdAt: now,
  };
}

/** The party left its table: the session ends unless a tab is still open there. */
async function closeIfLeft(deps: OrdersDeps, sessionId: string | null): Promise<void> {
  if (sessionId) await deps.tableSessions.closeIfSettled(sessionId, 'service:orders');
}
