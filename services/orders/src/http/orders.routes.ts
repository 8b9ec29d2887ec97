import {
  addRoundRoute,
  cancelOrderRoute,
  compLineRoute,
  fireRoute,
  getOrderRoute,
  listOrdersRoute,
  mergeRoute,
  orderEventsRoute,
  placeOrderRoute,
  serveRoute,
  splitRoute,
  transferRoute,
  updateOrderRoute,
  voidLineRoute,
} from '@brigade/contracts';
import { actorOf, decodeCursor, mountRoute, toPage, type IdempotencyOptions } from '@brigade/http';
import type { Request, Router } from 'express';
import { z } from 'zod';
import { addRoundToOrder } from '../domain/orders/add-round';
import { fireItems } from '../domain/orders/fire-items';
import { compLine, serveLines, voidLine } from '../domain/orders/line-actions';
import { mergeOrders, transferLines } from '../domain/orders/moves';
import { cancelOrder, updateOrder } from '../domain/orders/order-lifecycle';
import { getOrder, listOrders, orderLog } from '../domain/orders/order-queries';
import { placeOrder } from '../domain/orders/place-order';
import type { OrdersDeps } from '../domain/ports';
import { toLogEntryResponse, toOrderResponse } from './to-response';

export const orderRoutes = [
  placeOrderRoute,
  listOrdersRoute,
  getOrderRoute,
  updateOrderRoute,
  addRoundRoute,
  fireRoute,
  serveRoute,
  voidLineRoute,
  compLineRoute,
  cancelOrderRoute,
  transferRoute,
  splitRoute,
  mergeRoute,
  orderEventsRoute,
];

/** A manager's approval travels with the privileged request. */
const approvalOf = (req: Request) => req.header('x-manager-approval');

export function mountOrderRoutes(
  router: Router,
  deps: OrdersDeps,
  idempotency: IdempotencyOptions,
): void {
  const respond = (order: Parameters<typeof toOrderResponse>[0]) => toOrderResponse(order);
  mountRoute(
    router,
    placeOrderRoute,
    async ({ body }, req) => respond(await placeOrder(deps, actorOf(req), body)),
    idempotency,
  );
  mountRoute(router, listOrdersRoute, async ({ query }, req) => {
    const before = query.cursor
      ? decodeCursor(query.cursor, z.object({ id: z.uuid() })).id
      : undefined;
    const orders = await listOrders(deps, actorOf(req), query, before);
    return toPage(orders, query.limit, respond, (o) => ({ id: o.id }));
  });
  mountRoute(router, getOrderRoute, async ({ params }, req) =>
    respond(await getOrder(deps, actorOf(req), params.orderId)),
  );
  mountRoute(router, updateOrderRoute, async ({ params, body }, req) =>
    respond(await updateOrder(deps, actorOf(req), params.orderId, body)),
  );
  mountRoute(
    router,
    addRoundRoute,
    async ({ params, body }, req) =>
      respond(await addRoundToOrder(deps, actorOf(req), params.orderId, body)),
    idempotency,
  );
  mountRoute(router, fireRoute, async ({ params, body }, req) =>
    respond(await fireItems(deps, actorOf(req), params.orderId, body)),
  );
  mountRoute(router, serveRoute, async ({ params, body }, req) =>
    respond(await serveLines(deps, actorOf(req), params.orderId, body)),
  );
  mountRoute(router, voidLineRoute, async ({ params, body }, req) =>
    respond(await voidLine(deps, actorOf(req), params, body, approvalOf(req))),
  );
  mountRoute(router, compLineRoute, async ({ params, body }, req) =>
    respond(await compLine(deps, actorOf(req), params, body, approvalOf(req))),
  );
  mountRoute(router, cancelOrderRoute, async ({ params, body }, req) =>
    respond(await cancelOrder(deps, actorOf(req), params.orderId, body, approvalOf(req))),
  );
  mountRoute(router, transferRoute, async ({ params, body }, req) => {
    const moved = await transferLines(deps, actorOf(req), params.orderId, body, 'transfer');
    return { from: respond(moved.from), to: respond(moved.to) };
  });
  mountRoute(router, splitRoute, async ({ params, body }, req) => {
    const moved = await transferLines(deps, actorOf(req), params.orderId, body, 'split');
    return { from: respond(moved.from), to: respond(moved.to) };
  });
  mountRoute(router, mergeRoute, async ({ params, body }, req) =>
    respond(await mergeOrders(deps, actorOf(req), params.orderId, body)),
  );
  mountRoute(router, orderEventsRoute, async ({ params, query }, req) => {
    const after = query.cursor
      ? decodeCursor(query.cursor, z.object({ v: z.number().int() })).v
      : 0;
    const entries = await orderLog(deps, actorOf(req), params.orderId, query, after);
    return toPage(entries, query.limit, toLogEntryResponse, (e) => ({ v: e.version }));
  });
}
