import type { OrderLine } from '@brigade/contracts';
import type { BillableLine, BillableOrder } from './billable-order';
import { activeLines } from './billable-order';
import { OrderViewBehindError } from './billable-order.errors';

/** Units taken off a line: `takenId` is the line itself when all of it went. */
export interface UnitsTaken {
  lineId: string;
  takenId: string;
  quantity: number;
}

/** A round's lines join the order (a line already on it is not added twice). */
export function addLines(order: BillableOrder, lines: readonly OrderLine[]): void {
  const known = new Set(order.lines.map((l) => l.lineId));
  order.lines.push(...activeLines(lines.filter((l) => !known.has(l.lineId))));
}

/**
 * Takes units off a line exactly as orders does: the whole line, or a new line split off
 * right after it at the same unit price (the original keeps the rest and its id). `inStep`
 * (the event is the newest) also checks that a whole line had just those units.
 */
export function takeUnits(order: BillableOrder, taken: UnitsTaken, inStep: boolean): BillableLine {
  const line = lineOf(order, taken.lineId);
  if (taken.takenId === taken.lineId) {
    if (inStep && line.quantity !== taken.quantity) {
      throw new OrderViewBehindError(
        order.orderId,
        `line ${line.lineId} has ${line.quantity} units, orders took all ${taken.quantity}`,
      );
    }
    return line;
  }
  if (order.lines.some((l) => l.lineId === taken.takenId) || line.quantity <= taken.quantity) {
    throw new OrderViewBehindError(
      order.orderId,
      `line ${line.lineId} (${line.quantity} units) cannot give ${taken.quantity} to ${taken.takenId}`,
    );
  }
  const unit = line.unitPrice.amountMinor;
  const split: BillableLine = {
    ...line,
    lineId: taken.takenId,
    quantity: taken.quantity,
    total: { ...line.total, amountMinor: unit * taken.quantity },
  };
  line.quantity -= taken.quantity;
  line.total = { ...line.total, amountMinor: unit * line.quantity };
  order.lines.splice(order.lines.indexOf(line) + 1, 0, split);
  return split;
}

/** Voided units are cancelled: kept for the record, no longer charged. */
export function voidUnits(order: BillableOrder, taken: UnitsTaken, inStep: boolean): BillableLine {
  const voided = takeUnits(order, taken, inStep);
  voided.status = 'cancelled';
  return voided;
}

/** Comped units are free but counted (reports show them). */
export function compUnits(order: BillableOrder, taken: UnitsTaken, inStep: boolean): BillableLine {
  const comped = takeUnits(order, taken, inStep);
  comped.comped = true;
  return comped;
}

/** Lines leave `from` for the end of `to` with their ids and state: each is on one order only. */
export function moveLines(
  from: BillableOrder,
  to: BillableOrder,
  lineIds: readonly string[],
): void {
  const moving = lineIds.map((id) => lineOf(from, id));
  const doubled = moving.find((l) => to.lines.some((t) => t.lineId === l.lineId));
  if (doubled) {
    throw new OrderViewBehindError(to.orderId, `line ${doubled.lineId} is on it already`);
  }
  from.lines = from.lines.filter((l) => !lineIds.includes(l.lineId));
  to.lines.push(...moving);
}

function lineOf(order: BillableOrder, lineId: string): BillableLine {
  const line = order.lines.find((l) => l.lineId === lineId);
  if (!line) throw new OrderViewBehindError(order.orderId, `line ${lineId} is not on it`);
  return line;
}
