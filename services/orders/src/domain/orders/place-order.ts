import type { PlaceOrderRequest } from '@brigade/contracts';
import { actorKey, canAccess, type Actor } from '@brigade/core';
import type { TableSession } from '../floor/ports';
import { priceLines } from '../menu/pricing';
import type { OrderingLocation } from '../menu/ports';
import type { OrdersDeps } from '../ports';
import { addRound } from './add-lines';
import { commitChange } from './commit-change';
import type { Order } from './order';
import { OrderChange } from './order-change';
import {
  ChannelMismatchError,
  LocationNotFoundError,
  TableNotFoundError,
  TableSessionNotFoundError,
} from './order.errors';

/**
 * Places an order, priced by the server. At a table the lines join the table session's open
 * tab as a new round (one tab per table, whichever channel orders); otherwise, or when the
 * session has no tab yet, a new order opens. Everything commits in one transaction.
 */
export async function placeOrder(
  deps: OrdersDeps,
  caller: Actor,
  input: PlaceOrderRequest,
): Promise<Order> {
  const found = await deps.menu.loadForOrder(
    input.locationId,
    input.lines.map((l) => l.productId),
  );
  if (
    !found ||
    !canAccess(caller, { tenantId: found.location.tenantId, locationId: input.locationId })
  ) {
    throw new LocationNotFoundError();
  }
  if (caller.kind === 'storefront' && input.channel !== caller.channel) {
    throw new ChannelMismatchError(caller.channel);
  }
  const { location, catalog } = found;
  const now = deps.clock.now();
  const priced = priceLines(input.lines, catalog, {
    orderType: input.type,
    channel: input.channel,
    at: now,
    timezone: location.timezone,
  });
  const round = { requests: input.lines, priced, source: input.channel };

  return deps.transaction(async () => {
    const session = await tableSessionOf(deps, caller, input, location);
    const { sessionOpen, tab } = session
      ? await deps.orders.lockTab(session.id)
      : { sessionOpen: true, tab: undefined };
    // Closed between finding it and locking it: the guest's table is gone, not a server fault.
    if (!sessionOpen)
      throw new TableSessionNotFoundError(
        input.tableSessionToken ? 'tableSessionToken' : 'tableId',
      );
    if (tab) {
      const change = new OrderChange(tab, actorKey(caller), now);
      await addRound(deps, change, location, round);
      await commitChange(deps, change);
      return tab;
    }
    const order: Order = {
      id: deps.newId(),
      tenantId: location.tenantId,
      locationId: location.id,
      orderNumber: await deps.orders.nextOrderNumber(location.id),
      type: input.type,
      channel: input.channel,
      status: 'draft',
      tableLabel: session?.tableNumber ?? input.tableLabel ?? null,
      tableSessionId: session?.id ?? null,
      diningAreaId: session?.areaId ?? null,
      customerName: input.customerName ?? null,
      guestCount: input.guestCount ?? session?.guestCount ?? null,
      alias: input.alias ?? null,
      mergedIntoOrderId: null,
      cancelReason: null,
      rounds: 0,
      lines: [],
      totalMinor: 0,
      currency: location.currency,
      version: 0,
      createdAt: now,
    };
    const change = new OrderChange(order, actorKey(caller), now);
    await addRound(deps, change, location, round);
    await commitChange(deps, change, { isNew: true });
    return order;
  });
}

/** The table session the order belongs to: by the token a QR guest holds, or by table. */
async function tableSessionOf(
  deps: OrdersDeps,
  caller: Actor,
  input: PlaceOrderRequest,
  location: OrderingLocation,
): Promise<TableSession | undefined> {
  const atLocation = (s: TableSession | undefined) =>
    s && s.tenantId === location.tenantId && s.locationId === location.id ? s : undefined;
  if (input.tableSessionToken) {
    const session = atLocation(await deps.tableSessions.findOpenByToken(input.tableSessionToken));
    if (!session) throw new TableSessionNotFoundError('tableSessionToken');
    return session;
  }
  if (input.tableId) {
    // Guests' own devices prove they sit at the table with the session token; a table id
    // alone is for staff and for phone orders taken for a table.
    if (caller.kind === 'storefront' && caller.channel !== 'phone') {
      throw new TableSessionNotFoundError('tableSessionToken');
    }
    const session = atLocation(
      await deps.tableSessions.openOrJoin(
        { tenantId: location.tenantId, tableId: input.tableId },
        input.channel,
        actorKey(caller),
      ),
    );
    if (!session) throw new TableNotFoundError('tableId');
    return session;
  }
  return undefined;
}
