import { OrderLinesAddedV1, OrderPlacedV1, type Channel } from '@brigade/contracts';
import type { OrderingLocation, PricedLine } from '../menu/ports';
import type { OrdersDeps } from '../ports';
import { orderTotal } from './order';
import type { OrderChange } from './order-change';
import { moneyOf, orderHeader, toEventLines } from './order-events';
import { newOrderLines, type LineRequest } from './order-lines';
import { fireLines } from './fire-lines';
import { TooManyLinesError } from './order.errors';

/** The most lines one order (a whole evening's tab) may hold. */
export const MAX_LINES_PER_ORDER = 500;

/**
 * Adds one round of priced lines to the order (its first round places it) and, where the
 * location auto-fires, sends the lines that are not held to the kitchen.
 */
export async function addRound(
  deps: OrdersDeps,
  change: OrderChange,
  location: OrderingLocation,
  round: { requests: readonly LineRequest[]; priced: readonly PricedLine[]; source: Channel },
): Promise<void> {
  const { order, now } = change;
  if (order.lines.length + round.priced.length > MAX_LINES_PER_ORDER) {
    throw new TooManyLinesError(MAX_LINES_PER_ORDER);
  }
  const first = order.lines.length === 0 && order.version === 0;
  const number = first ? 1 : order.rounds + 1;
  const lines = newOrderLines(round.priced, round.requests, {
    number,
    source: round.source,
    addedBy: change.actor,
    newId: deps.newId,
  });
  order.lines.push(...lines);
  order.rounds = number;
  order.totalMinor = orderTotal(order.lines);
  const money = moneyOf(order);
  if (first) {
    change.record('order.placed', { lineIds: lines.map((l) => l.id), source: round.source });
    change.publish(
      OrderPlacedV1.create(change.eventContext(), {
        ...orderHeader(order),
        lines: toEventLines(order, lines),
        total: money(order.totalMinor),
        placedAt: now.toISOString(),
      }),
    );
  } else {
    change.record('order.round-added', {
      round: number,
      lineIds: lines.map((l) => l.id),
      source: round.source,
    });
    change.publish(
      OrderLinesAddedV1.create(change.eventContext(), {
        orderId: order.id,
        orderNumber: order.orderNumber,
        round: number,
        lines: toEventLines(order, lines),
        total: money(order.totalMinor),
        addedAt: now.toISOString(),
      }),
    );
  }
  if (location.autoFire) {
    const toFire = lines.filter((l) => !l.held);
    await fireLines(deps, change, toFire, location.stockPolicy, (l) => `lines.${lines.indexOf(l)}`);
  }
}
