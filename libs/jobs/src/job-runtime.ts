import { AppError, runWithContext, type Logger } from '@brigade/core';
import {
  Queue,
  UnrecoverableError,
  Worker,
  type Job,
  type JobsOptions,
  type MinimalJob,
} from 'bullmq';
import type { Redis } from 'ioredis';
import type { z } from 'zod';
import type { JobDefinition } from './define-job';
import { assertNoEviction, createRedis } from './redis';

/** Our back-off type: exponential up to the job's `backoffMaxMs`. */
const CAPPED = 'capped-exponential';

/** `delay`, doubled per attempt made, never above `maxMs`. */
export function cappedExponential(maxMs: number) {
  return (attemptsMade: number, type?: string, _err?: Error, job?: MinimalJob): number => {
    if (type !== CAPPED) throw new Error(`unknown back-off ${type}`);
    const base = (job?.opts.backoff as { delay?: number } | undefined)?.delay ?? 1_000;
    return Math.min(maxMs, Math.round(base * 2 ** Math.max(0, attemptsMade - 1)));
  };
}

export interface JobRuntimeOptions {
  redisUrl: string;
  /** Key prefix, so runs and environments sharing a Redis never see each other's jobs. */
  prefix: string;
  log: Logger;
  /** How long a job's lock lasts (renewed halfway); a dead worker's job is taken over after it. */
  lockMs?: number;
  /** Called once a job has failed for good (attempts exhausted or a permanent error). */
  onFailedForGood?: (job: Job, err: Error) => Promise<void> | void;
}

/**
 * Queues and workers with Brigade's defaults: exponential back-off, bounded attempts,
 * failed jobs kept, payloads validated, permanent errors not retried, clean shutdown.
 */
export class JobRuntime {
  private readonly redis: Redis;
  private readonly queues = new Map<string, Queue>();
  private readonly namedQueues = new Map<string, Queue>();
  private readonly workers: Worker[] = [];
  private readonly workerConnections: Redis[] = [];

  constructor(private readonly options: JobRuntimeOptions) {
    this.redis = createRedis(options.redisUrl);
  }

  /** Startup check; throws when Redis could evict job keys. */
  async start(): Promise<void> {
    await assertNoEviction(this.redis);
  }

  ping(): Promise<string> {
    return this.redis.ping();
  }

  private queue(def: JobDefinition): Queue {
    let queue = this.queues.get(def.name);
    if (!queue) {
      queue = new Queue(def.name, {
        connection: this.redis,
        prefix: this.options.prefix,
        defaultJobOptions: {
          attempts: def.attempts ?? 5,
          backoff: {
            type: def.backoffMaxMs === undefined ? 'exponential' : CAPPED,
            delay: def.backoffMs ?? 1_000,
          },
          removeOnComplete: { age: 24 * 3600, count: 10_000 },
          removeOnFail: false,
        },
      });
      this.queues.set(def.name, queue);
    }
    return queue;
  }

  /** Enqueues after validating the payload. Give a deterministic `jobId` to dedupe. */
  async enqueue<P extends z.ZodType>(
    def: JobDefinition<P>,
    payload: z.input<P>,
    options: JobsOptions = {},
  ) {
    return this.queue(def).add(def.name, def.payload.parse(payload), options);
  }

  /** Repeats a job on a fixed interval (one schedule per name, whatever the number of instances). */
  async every<P extends z.ZodType>(def: JobDefinition<P>, everyMs: number, payload: z.input<P>) {
    await this.queue(def).upsertJobScheduler(
      `${def.name}.every`,
      { every: everyMs },
      { data: def.payload.parse(payload) },
    );
  }

  /**
   * Runs these jobs now if they wait out a back-off delay (what they waited for is back);
   * jobs that are not delayed, or gone, are left alone.
   */
  async promote(def: JobDefinition, jobIds: readonly string[]): Promise<number> {
    let promoted = 0;
    for (const id of jobIds) {
      const job = await this.queue(def).getJob(id);
      if (!job || !(await job.isDelayed())) continue;
      // It may have started meanwhile: then there is nothing to promote.
      await job.promote().then(
        () => (promoted += 1),
        () => undefined,
      );
    }
    return promoted;
  }

  /**
   * Makes sure the job `jobId` will run: queued when Redis has none (its enqueue was lost),
   * retried when it failed there (e.g. its workers kept dying) although its owner says it
   * is not done. A job waiting or running is left alone. Returns what it did.
   */
  async ensureQueued<P extends z.ZodType>(
    def: JobDefinition<P>,
    payload: z.input<P>,
    jobId: string,
  ): Promise<'queued' | 'retried' | 'present'> {
    const existing = await this.queue(def).getJob(jobId);
    if (!existing) {
      await this.enqueue(def, payload, { jobId });
      return 'queued';
    }
    if (await existing.isFailed()) {
      // Its owner wants it done: every attempt again, not just the one left.
      await existing.retry('failed', { resetAttemptsMade: true, resetAttemptsStarted: true });
      return 'retried';
    }
    return 'present';
  }

  startWorker(def: JobDefinition): Worker {
    const { log, prefix } = this.options;
    const connection = createRedis(this.options.redisUrl);
    this.workerConnections.push(connection);
    const worker = new Worker(
      def.name,
      (job, token) =>
        runWithContext({ correlationId: job.id ?? def.name, jobId: job.id }, async () => {
          const parsed = def.payload.safeParse(job.data);
          if (!parsed.success)
            throw new UnrecoverableError(`invalid payload: ${parsed.error.message}`);
          try {
            return await def.process(parsed.data, job, token);
          } catch (err) {
            if (err instanceof AppError && !err.retryable)
              throw new UnrecoverableError(err.message);
            throw err;
          }
        }),
      {
        connection,
        prefix,
        concurrency: def.concurrency ?? 1,
        lockDuration: this.options.lockMs ?? 30_000,
        stalledInterval: this.options.lockMs ?? 30_000,
        // A job whose worker died is taken over; only one that keeps killing workers fails.
        maxStalledCount: 3,
        settings: { backoffStrategy: cappedExponential(def.backoffMaxMs ?? Infinity) },
      },
    );
    worker.on('failed', (job, err) => {
      if (!job) return;
      const final =
        err instanceof UnrecoverableError ||
        err.name === 'UnrecoverableError' ||
        job.attemptsMade >= (job.opts.attempts ?? 1);
      if (!final) {
        log.warn(
          { err, jobId: job.id, queue: def.name, attempt: job.attemptsMade },
          'job failed; will retry',
        );
        return;
      }
      log.error({ err, jobId: job.id, queue: def.name }, 'job failed for good');
      void Promise.resolve(this.options.onFailedForGood?.(job, err)).catch((e: unknown) =>
        log.error({ err: e }, 'failed-job hook failed'),
      );
    });
    worker.on('error', (err) => log.warn({ err, queue: def.name }, 'worker error'));
    this.workers.push(worker);
    return worker;
  }

  /**
   * A queue known by name only (another service's, or ours): for operators' tools. Kept
   * apart from `queues`, whose entries carry a definition's defaults for what is added.
   */
  private queueNamed(name: string): Queue {
    let queue = this.queues.get(name) ?? this.namedQueues.get(name);
    if (!queue) {
      queue = new Queue(name, { connection: this.redis, prefix: this.options.prefix });
      this.namedQueues.set(name, queue);
    }
    return queue;
  }

  /** Jobs of queue `name` that failed for good, `count` from position `start`. */
  async failedJobs(name: string, start = 0, count = 100): Promise<Job[]> {
    return (await this.queueNamed(name).getFailed(start, start + count - 1)) as Job[];
  }

  /** Runs a job that failed for good again, from its first attempt; false when it is not failed. */
  async retryFailed(name: string, jobId: string): Promise<boolean> {
    const job = await this.queueNamed(name).getJob(jobId);
    if (!job || !(await job.isFailed())) return false;
    await job.retry('failed', { resetAttemptsMade: true, resetAttemptsStarted: true });
    return true;
  }

  /** Removes a job that failed for good (an operator discarded it); false when it is not failed. */
  async removeFailed(name: string, jobId: string): Promise<boolean> {
    const job = await this.queueNamed(name).getJob(jobId);
    if (!job || !(await job.isFailed())) return false;
    await job.remove();
    return true;
  }

  /** Lets active jobs finish, then closes workers, queues and connections. */
  async close(): Promise<void> {
    await Promise.allSettled(this.workers.map((w) => w.close()));
    await Promise.allSettled(
      [...this.queues.values(), ...this.namedQueues.values()].map((q) => q.close()),
    );
    await Promise.allSettled([this.redis, ...this.workerConnections].map((r) => r.quit()));
  }
}
