import { defineJob } from '@brigade/jobs';
import { z } from 'zod';
import { fetchOrder } from '../domain/orders/fetch-order';
import type { DeliveryDeps } from '../domain/ports';

/** The content of an announced order, fetched from its marketplace with back-off. */
export const fetchOrderJob = (deps: DeliveryDeps) =>
  defineJob({
    name: 'delivery-adapter.fetch-order',
    payload: z.object({ orderId: z.string().uuid() }),
    attempts: 8,
    backoffMs: 1_000,
    backoffMaxMs: 30_000,
    concurrency: 4,
    process: ({ orderId }) => fetchOrder(deps, orderId),
  });
