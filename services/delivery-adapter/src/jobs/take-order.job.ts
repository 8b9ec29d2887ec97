import { defineJob } from '@brigade/jobs';
import { z } from 'zod';
import { takeOrder } from '../domain/orders/take-order';
import type { DeliveryDeps } from '../domain/ports';

/**
 * A received order mapped and accepted (or left for staff); retried while orders is away,
 * and after the last attempt by the deadline's fallback.
 */
export const takeOrderJob = (
  deps: DeliveryDeps,
  options: { attempts: number; backoffMs: number },
) =>
  defineJob({
    name: 'delivery-adapter.take-order',
    payload: z.object({ orderId: z.string().uuid() }),
    attempts: options.attempts,
    backoffMs: options.backoffMs,
    backoffMaxMs: 30_000,
    concurrency: 4,
    process: ({ orderId }) => takeOrder(deps, orderId),
  });
