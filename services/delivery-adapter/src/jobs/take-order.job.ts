import { defineJob } from '@brigade/jobs';
import { z } from 'zod';
import { takeOrder } from '../domain/orders/take-order';
import type { DeliveryDeps } from '../domain/ports';

/** A received order mapped and accepted (or left for staff); retried while orders is away. */
export const takeOrderJob = (deps: DeliveryDeps) =>
  defineJob({
    name: 'delivery-adapter.take-order',
    payload: z.object({ orderId: z.string().uuid() }),
    attempts: 10,
    backoffMs: 500,
    backoffMaxMs: 30_000,
    concurrency: 4,
    process: ({ orderId }) => takeOrder(deps, orderId),
  });
