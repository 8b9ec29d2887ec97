import { defineJob, DelayedError } from '@brigade/jobs';
import { z } from 'zod';
import type { PosAdapterDeps } from '../domain/ports';
import { runPush, WaitForBreaker } from '../domain/run-push';

/**
 * Attempts at one push: exponential back-off up to `backoffMaxMs`, bounded attempts. While
 * the POS's breaker is open the job is put back until it half-opens, without spending an
 * attempt: pushes wait instead of hammering a register that is down.
 */
export const pushOrderJob = (
  deps: PosAdapterDeps,
  options: { attempts: number; backoffMs: number; backoffMaxMs: number },
) =>
  defineJob({
    name: 'pos-adapter.push-order',
    payload: z.object({ pushId: z.string().uuid() }),
    attempts: options.attempts,
    backoffMs: options.backoffMs,
    backoffMaxMs: options.backoffMaxMs,
    concurrency: 4,
    async process({ pushId }, job, token) {
      try {
        return await runPush(deps, pushId, { last: job.attemptsMade + 1 >= options.attempts });
      } catch (err) {
        if (!(err instanceof WaitForBreaker)) throw err;
        await job.moveToDelayed(err.until.getTime() + jitter(), token);
        throw new DelayedError();
      }
    },
  });

/** Spread the waiting pushes a little, so the half-open probe is one call, not a crowd. */
const jitter = () => Math.floor(Math.random() * 200);
