import { defineJob } from '@brigade/jobs';
import { z } from 'zod';
import { followPosOrder } from '../domain/follow-pos-order';
import type { PosAdapterDeps } from '../domain/ports';

/** After a callback: the register is asked for the order (the callback carries no receipt). */
export const followPosOrderJob = (deps: PosAdapterDeps) =>
  defineJob({
    name: 'pos-adapter.follow-pos-order',
    payload: z.object({ pushId: z.string().uuid(), posOrderId: z.string().min(1).max(200) }),
    attempts: 5,
    backoffMs: 2_000,
    concurrency: 4,
    process: ({ pushId, posOrderId }) => followPosOrder(deps, pushId, posOrderId),
  });
