import { defineJob } from '@brigade/jobs';
import { z } from 'zod';
import { fetchOrder } from '../domain/orders/fetch-order';
import type { DeliveryDeps } from '../domain/ports';

const FETCH_ATTEMPTS = 8;

/**
 * The content of an announced order, fetched from its marketplace with back-off; the last
 * failure leaves it `fetching` and raises the alert.
 */
export const fetchOrderJob = (deps: DeliveryDeps) =>
  defineJob({
    name: 'delivery-adapter.fetch-order',
    payload: z.object({ orderId: z.string().uuid() }),
    attempts: FETCH_ATTEMPTS,
    backoffMs: 1_000,
    backoffMaxMs: 30_000,
    concurrency: 4,
    process: ({ orderId }, job) =>
      fetchOrder(deps, orderId, job.attemptsMade + 1 >= FETCH_ATTEMPTS),
  });
