import { chargedTotal, type BillableOrder } from './billable-order';
import { OrderViewBehindError } from './billable-order.errors';

/*
 * Which order events the view applies, and when.
 *
 * orders numbers each order's changes (`aggregateVersion`) but also bumps the number for
 * facts billing is not told about (fires, status changes, lines moved out), so a gap in the
 * numbers says nothing. And a message that failed once comes back from a retry queue after
 * later ones. Hence:
 *
 * - Once: an event changes the view at most once per order version. Every applied version
 *   is kept, not only the newest: skipping whatever is older than the newest would lose a
 *   late older event for good (a round of lines, a guest count).
 * - A late older event is still applied: adding lines, taking units off a line and moving
 *   lines commute with what came after them; details apply only when no newer ones are known.
 * - In step: the newest event tells orders' total after it. Once applied, the view must
 *   agree (the charged sum of its lines equals that total, a whole line taken had exactly
 *   those units). If not, an earlier change is still on its way: the transaction rolls back
 *   and the event is retried with a growing delay until that change has landed. A view that
 *   stays out of step (a lost event) ends in the dead letters for an operator, rather than
 *   showing a total orders never had.
 * - The total is always the charged sum of the lines, never copied from an event: so it also
 *   equals orders' total after every newest event.
 * - Lines moved between orders carry the target's version only: the source takes them off
 *   without a version, and its own next event checks that it is in step.
 */

export const hasApplied = (order: BillableOrder, version: number) =>
  order.appliedVersions.includes(version);

/** Whether an event of `version` is newer than everything the view has applied. */
export const isNewest = (order: BillableOrder, version: number) => version > order.orderVersion;

/** Records `version` as applied (when the event is this order's) and totals the lines again. */
export function settle(order: BillableOrder, version?: number): void {
  if (version !== undefined) {
    order.appliedVersions.push(version);
    order.orderVersion = Math.max(order.orderVersion, version);
  }
  order.totalMinor = chargedTotal(order.lines);
}

/** After the newest event, the view charges what orders charges, to the cent. */
export function assertInStep(order: BillableOrder, ordersTotalMinor: number): void {
  if (order.totalMinor !== ordersTotalMinor) {
    throw new OrderViewBehindError(
      order.orderId,
      `its lines charge ${order.totalMinor}, orders charges ${ordersTotalMinor}`,
    );
  }
}
