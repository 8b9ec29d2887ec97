import type { JobDefinition, JobsOptions } from '@brigade/jobs';
import type { z } from 'zod';
import type { Platform } from './platform';

/**
 * Queues a job once the open transaction commits (at once outside one), so a job never
 * runs for a change that rolled back. A lost enqueue is only logged: the row the job works
 * on is committed, and the service's sweep or watch queues it again.
 */
export function queueAfterCommit(platform: Pick<Platform, 'db' | 'jobs' | 'log'>) {
  return <P extends z.ZodType>(
    job: JobDefinition<P>,
    payload: z.input<P>,
    options: JobsOptions,
  ): void =>
    platform.db.afterCommit(() => {
      platform.jobs
        .enqueue(job, payload, options)
        .catch((err: unknown) =>
          platform.log.error({ err, queue: job.name, jobId: options.jobId }, 'job not queued'),
        );
    });
}
