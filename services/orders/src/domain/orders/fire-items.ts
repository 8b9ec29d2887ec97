import type { FireRequest } from '@brigade/contracts';
import type { Actor } from '@brigade/core';
import type { OrdersDeps } from '../ports';
import { changeOrder } from './commit-change';
import type { Order, OrderLine } from './order';
import { isUnfired } from './order-lines';
import { assertOpen } from './order-status';
import { LineNotFoundError, LineStateError, OrderNotFoundError } from './order.errors';
import { fireLines } from './fire-lines';
import { requireFloorStaff } from './staff';

/** Fire now: chosen lines, a course, or everything not yet in the kitchen. */
export async function fireItems(
  deps: OrdersDeps,
  caller: Actor,
  orderId: string,
  input: FireRequest,
): Promise<Order> {
  requireFloorStaff(caller);
  const { order } = await changeOrder(deps, caller, orderId, async (change) => {
    assertOpen(change.order);
    const found = await deps.menu.loadForOrder(change.order.locationId, []);
    if (!found) throw new OrderNotFoundError();
    const lines = selectLines(change.order.lines, input);
    await fireLines(deps, change, lines, found.location.stockPolicy, (l) =>
      input.lineIds ? `lineIds.${input.lineIds.indexOf(l.id)}` : `lines.${l.id}`,
    );
  });
  return order;
}

function selectLines(lines: OrderLine[], input: FireRequest): OrderLine[] {
  if (input.lineIds) {
    return input.lineIds.map((id, i) => {
      const line = lines.find((l) => l.id === id);
      if (!line) throw new LineNotFoundError(`lineIds.${i}`);
      if (!isUnfired(line)) {
        throw new LineStateError(`lineIds.${i}`, line.firedAt ? 'already fired' : 'voided');
      }
      return line;
    });
  }
  const unfired = lines.filter(
    (l) => isUnfired(l) && (input.course === undefined || l.course === input.course),
  );
  if (unfired.length === 0) {
    const field = input.course === undefined ? 'body' : 'course';
    throw new LineStateError(field, 'nothing left to fire');
  }
  return unfired;
}
