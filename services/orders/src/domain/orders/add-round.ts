import type { AddRoundRequest } from '@brigade/contracts';
import type { Actor } from '@brigade/core';
import { priceLines } from '../menu/pricing';
import type { OrdersDeps } from '../ports';
import { addRound } from './add-lines';
import { changeOrder } from './commit-change';
import type { Order } from './order';
import { assertOpen } from './order-status';
import {
  ChannelMismatchError,
  OrderNotFoundError,
  TableSessionNotFoundError,
} from './order.errors';

/** A later round on an open order (a tab): priced now, fired where the location auto-fires. */
export async function addRoundToOrder(
  deps: OrdersDeps,
  caller: Actor,
  orderId: string,
  input: AddRoundRequest,
): Promise<Order> {
  const source = caller.kind === 'storefront' ? caller.channel : (input.channel ?? 'pos');
  const { order } = await changeOrder(deps, caller, orderId, async (change) => {
    const current = change.order;
    if (caller.kind === 'storefront') await assertGuestMayAdd(deps, caller.channel, current, input);
    assertOpen(current);
    const found = await deps.menu.loadForOrder(
      current.locationId,
      input.lines.map((l) => l.productId),
    );
    if (!found) throw new OrderNotFoundError();
    const priced = priceLines(input.lines, found.catalog, {
      orderType: current.type,
      channel: source,
      at: change.now,
      timezone: found.location.timezone,
    });
    await addRound(deps, change, found.location, { requests: input.lines, priced, source });
  });
  return order;
}

/**
 * A storefront adds to a table's tab only with the session token the guest got at the
 * table; to an order without a table only through the channel that placed it.
 */
async function assertGuestMayAdd(
  deps: OrdersDeps,
  keyChannel: string,
  order: Order,
  input: AddRoundRequest,
): Promise<void> {
  if (input.channel && input.channel !== keyChannel) throw new ChannelMismatchError(keyChannel);
  if (order.tableSessionId === null) {
    if (order.channel !== keyChannel) throw new OrderNotFoundError();
    return;
  }
  const session = input.tableSessionToken
    ? await deps.tableSessions.findOpenByToken(input.tableSessionToken)
    : undefined;
  if (session?.id !== order.tableSessionId)
    throw new TableSessionNotFoundError('tableSessionToken');
}
