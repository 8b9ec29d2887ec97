import { defineJob, jobOwner } from '@brigade/jobs';
import { z } from 'zod';
import { cancelInternalOrder } from '../domain/orders/cancel-order';
import type { DeliveryDeps } from '../domain/ports';

/** A marketplace's cancellation carried to our order, retried while orders is away. */
export const cancelOrderJob = (deps: DeliveryDeps) =>
  defineJob({
    name: 'delivery-adapter.cancel-order',
    payload: z.object({ orderId: z.string().uuid(), ...jobOwner }),
    attempts: 20,
    backoffMs: 1_000,
    backoffMaxMs: 30_000,
    process: ({ orderId }) => cancelInternalOrder(deps, orderId),
  });
