import { defineJob } from '@brigade/jobs';
import { z } from 'zod';
import type { TraceRepository } from '../db/repositories/trace.repository';

/**
 * Hourly: order traces older than the retention are forgotten (failures, actions and alerts
 * stay: they are the audit trail).
 */
export const pruneTracesJob = (deps: { trace: TraceRepository; now(): Date }) =>
  defineJob({
    name: 'console.prune-traces',
    payload: z.object({ olderThanDays: z.number().int().min(1) }),
    attempts: 1,
    process: async ({ olderThanDays }) => ({
      forgotten: await deps.trace.prune(
        new Date(deps.now().getTime() - olderThanDays * 86_400_000),
      ),
    }),
  });
