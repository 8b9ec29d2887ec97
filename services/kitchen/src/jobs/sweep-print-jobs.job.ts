import { defineJob } from '@brigade/jobs';
import { z } from 'zod';
import type { KitchenDeps } from '../domain/ports';

/**
 * Print jobs pending or sent here but quiet for a while are made sure to run: queued again
 * when their queue entry was lost (the process died between commit and enqueue), retried
 * when the queue gave up on them (their workers kept dying mid-print). A worker that died
 * once is covered by the queue itself: its job's lock lapses and another worker takes it.
 * The queue entry's id is the print job's, so a job still queued is never doubled.
 */
export const sweepPrintJobsJob = (deps: KitchenDeps) =>
  defineJob({
    name: 'kitchen.sweep-print-jobs',
    payload: z.object({ quietForMs: z.number().int().min(0) }),
    attempts: 1,
    async process({ quietForMs }) {
      const stale = await deps.printing.listUnfinishedJobs(
        new Date(deps.clock.now().getTime() - quietForMs),
        500,
      );
      await deps.requeuePrintJobs(stale.map((j) => j.id));
      return { requeued: stale.length };
    },
  });
