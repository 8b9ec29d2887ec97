import { defineJob } from '@brigade/jobs';
import { z } from 'zod';
import type { PosAdapterDeps } from '../domain/ports';

/**
 * Pending pushes quiet for a while are made sure to run: queued again when their enqueue
 * after commit was lost, retried when the queue gave up on them without the push being
 * dead-lettered (workers that kept dying). The queue entry's id is the push's, so one
 * still queued is never doubled.
 */
export const sweepPushesJob = (deps: PosAdapterDeps) =>
  defineJob({
    name: 'pos-adapter.sweep-pushes',
    payload: z.object({ quietForMs: z.number().int().min(0) }),
    attempts: 1,
    async process({ quietForMs }) {
      const stale = await deps.pushes.pendingSince(
        new Date(deps.clock.now().getTime() - quietForMs),
        500,
      );
      await deps.requeuePushes(stale);
      return { requeued: stale.length };
    },
  });
