import { reportedJobQueues } from '@brigade/contracts';
import { defineJob } from '@brigade/jobs';
import type { Job } from 'bullmq';
import { z } from 'zod';
import { classifyJob } from '../domain/classify';
import { maskPayload } from '../domain/mask';
import type { ConsoleDeps } from '../domain/ports';
import { raiseAlert, recordFailure } from '../domain/record-failure';

export interface WatchDeps extends ConsoleDeps {
  failedJobs(queue: string, start: number, count: number): Promise<Job[]>;
  /** Makes sure the alert's webhook job exists (its enqueue after commit may have been lost). */
  requeueAlert(alertId: string): Promise<void>;
}

/**
 * Every few seconds: paid bills still without a fiscal receipt after `unconfirmedAfterMs`
 * raise an alert each, jobs that failed for good in the queues that report none themselves
 * become failures, and alerts whose webhook job went missing are queued again.
 */
export const watchJob = (deps: WatchDeps) =>
  defineJob({
    name: 'console.watch',
    payload: z.object({ unconfirmedAfterMs: z.number().int().min(0) }),
    attempts: 1,
    process: async ({ unconfirmedAfterMs }) => {
      await alertUnconfirmedBills(deps, unconfirmedAfterMs);
      for (const queue of reportedJobQueues) await collectFailedJobs(deps, queue);
      const lost = await deps.alerts.pendingWebhooks(new Date(deps.clock.now().getTime() - 60_000));
      for (const alert of lost) await deps.requeueAlert(alert.id);
    },
  });

async function alertUnconfirmedBills(deps: ConsoleDeps, afterMs: number): Promise<void> {
  const before = new Date(deps.clock.now().getTime() - afterMs);
  await deps.transaction(async () => {
    for (const b of await deps.trace.claimUnconfirmed(before)) {
      await raiseAlert(deps, {
        kind: 'paid-not-confirmed',
        incident: `paid-not-confirmed:${b.bill_id}`,
        tenantId: b.tenant_id,
        locationId: b.location_id,
        orderId: b.order_id,
        message: `Bill ${b.bill_id} was paid at ${new Date(b.paid_at).toISOString()} and has no fiscal receipt yet`,
      });
    }
  });
}

/** Records the failed jobs of `queue` not recorded yet, or failed again since: one look-up per page. */
async function collectFailedJobs(deps: WatchDeps, queue: string): Promise<void> {
  for (let start = 0; ; start += 100) {
    const jobs = await deps.failedJobs(queue, start, 100);
    const known = await deps.failures.lastFailedAtOf(jobs.map((job) => keyOf(queue, job)));
    for (const job of jobs) {
      const recorded = known.get(keyOf(queue, job));
      if (!recorded || recorded.getTime() < failedAtOf(job).getTime())
        await collectJob(deps, queue, job);
    }
    if (jobs.length < 100) return;
  }
}

const keyOf = (queue: string, job: Job) => `job:${queue}:${job.id}`;
const failedAtOf = (job: Job) => new Date(job.finishedOn ?? job.timestamp);

async function collectJob(deps: ConsoleDeps, queue: string, job: Job): Promise<void> {
  const data = (job.data ?? {}) as Record<string, unknown>;
  const id = (k: string) => (typeof data[k] === 'string' ? (data[k] as string) : null);
  const error = job.failedReason || 'failed';
  await recordFailure(deps, {
    sourceKey: keyOf(queue, job),
    source: 'job',
    tenantId: id('tenantId'),
    locationId: id('locationId'),
    orderId: id('orderId'),
    service: queue.split('.')[0]!,
    subject: `${queue} job ${job.id}`,
    cause: classifyJob(error, job.attemptsMade, job.opts.attempts ?? 1),
    error,
    attempts: job.attemptsMade,
    lastFailedAt: failedAtOf(job),
    payload: maskPayload(data),
    origin: { kind: 'job', queue, jobId: String(job.id) },
  });
}
