import { getOrderRoute, placeOrderRoute } from '@brigade/contracts';
import { mountRoute, type IdempotencyOptions } from '@brigade/http';
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
    async ({ body }) => toOrderResponse(await placeOrder(deps, body)),
    idempotency,
  );
  mountRoute(router, getOrderRoute, async ({ params }) =>
    toOrderResponse(await getOrder(deps, params.orderId)),
  );
}
