import { getOrderRoute, placeOrderRoute } from '@brigade/contracts';
import { actorOf, mountRoute, type IdempotencyOptions } from '@brigade/http';
import type { Router } from 'express';
import { getOrder } from '../domain/orders/get-order';
import { placeOrder } from '../domain/orders/place-order';
import type { OrdersDeps } from '../domain/ports';
import { toOrderResponse } from './to-response';

export const orderRoutes = [placeOrderRoute, getOrderRoute];

export function mountOrderRoutes(
  router: Router,
  deps: OrdersDeps,
  idempotency: IdempotencyOptions,
): void {
  mountRoute(
    router,
    placeOrderRoute,
    async ({ body }, req) => toOrderResponse(await placeOrder(deps, actorOf(req), body)),
    idempotency,
  );
  mountRoute(router, getOrderRoute, async ({ params }, req) =>
    toOrderResponse(await getOrder(deps, actorOf(req), params.orderId)),
  );
}
