import { defineJob } from '@brigade/jobs';
import { z } from 'zod';
import type { KitchenDeps } from '../domain/ports';

/**
 * Print jobs whose queue entry was lost (the process died between commit and enqueue) or
 * whose worker died mid-print are queued again. The queue entry's id is the print job's,
 * so a job still queued or waiting for its next attempt is not doubled.
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
      deps.queuePrintJobs(stale.map((j) => j.id));
      return { requeued: stale.length };
    },
  });
