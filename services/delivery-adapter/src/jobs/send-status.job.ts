import { defineJob } from '@brigade/jobs';
import { z } from 'zod';
import type { DeliveryDeps } from '../domain/ports';
import { sendStatus } from '../domain/status/send-status';

/**
 * One status for one marketplace order (queue id `<order>:<status>`): back-off through a
 * marketplace outage, capped so it is tried again within `backoffMaxMs` once it is back.
 */
export const sendStatusJob = (
  deps: DeliveryDeps,
  options: { attempts: number; backoffMs: number; backoffMaxMs: number },
) =>
  defineJob({
    name: 'delivery-adapter.send-status',
    payload: z.object({
      orderId: z.string().uuid(),
      status: z.enum(['accepted', 'denied', 'ready', 'cancelled']),
    }),
    attempts: options.attempts,
    backoffMs: options.backoffMs,
    backoffMaxMs: options.backoffMaxMs,
    concurrency: 8,
    process: ({ orderId, status }, job) =>
      sendStatus(deps, orderId, status, job.attemptsMade + 1 >= options.attempts),
  });
