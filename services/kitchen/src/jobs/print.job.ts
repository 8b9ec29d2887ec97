import { defineJob } from '@brigade/jobs';
import { z } from 'zod';
import type { KitchenDeps } from '../domain/ports';
import { runPrintJob } from '../domain/printing/run-print-job';

/**
 * One print job's attempts: exponential back-off (capped at `backoffMaxMs`, so a printer
 * back after an hour still prints within that) while the printer is off, out of paper or
 * silent; its backup takes over after `backupAfterAttempts`; after the last attempt the job
 * stays failed (kept in Redis and in `print_jobs`) and `kitchen.print-failed.v1` raises the
 * alert.
 */
export const printJob = (
  deps: KitchenDeps,
  options: {
    attempts: number;
    backoffMs: number;
    backoffMaxMs: number;
    backupAfterAttempts: number;
  },
) =>
  defineJob({
    name: 'kitchen.print',
    payload: z.object({ printJobId: z.string().uuid() }),
    attempts: options.attempts,
    backoffMs: options.backoffMs,
    backoffMaxMs: options.backoffMaxMs,
    concurrency: 4,
    process: ({ printJobId }, job) =>
      runPrintJob(deps, printJobId, {
        backupAfterAttempts: options.backupAfterAttempts,
        last: job.attemptsMade + 1 >= options.attempts,
      }),
  });
