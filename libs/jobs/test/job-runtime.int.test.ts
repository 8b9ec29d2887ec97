import { randomBytes } from 'node:crypto';
import { Queue, type Job, type Worker } from 'bullmq';
import { z } from 'zod';
import { createLogger, RuleViolationError } from '../../core/src';
import { TestEnv } from '../../testing/src';
import { defineJob, JobRuntime, type JobDefinition } from '../src';

const log = createLogger('jobs-test', process.env.TEST_LOG_LEVEL ?? 'silent');
const Payload = z.object({ n: z.number().int() });

const jobName = (what: string) => `test.${what}-${randomBytes(4).toString('hex')}`;

function aJob(
  what: string,
  run: (payload: z.infer<typeof Payload>, job: Job) => Promise<unknown>,
  options: Partial<JobDefinition<typeof Payload>> = {},
) {
  return defineJob({
    name: jobName(what),
    payload: Payload,
    backoffMs: 10,
    process: run,
    ...options,
  });
}

/** `promise`, or a rejection naming `what` when it takes longer than `ms`. */
async function within<T>(promise: Promise<T>, what: string, ms = 10_000): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} not seen within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Resolves with the first `count` jobs the worker reports for `event` from now on. */
function nextEvents(worker: Worker, event: 'completed' | 'failed', count = 1): Promise<Job[]> {
  const events = new Promise<Job[]>((resolve) => {
    const seen: Job[] = [];
    const listener = (job?: Job) => {
      if (job) seen.push(job);
      if (seen.length < count) return;
      worker.off(event, listener);
      resolve(seen);
    };
    worker.on(event, listener);
  });
  return within(events, `${count} '${event}' event(s) of ${worker.name}`);
}

interface FailedForGood {
  jobId: string | undefined;
  attemptsMade: number;
  message: string;
}

describe('JobRuntime', () => {
  const env = new TestEnv();
  const cleanups: Array<() => Promise<unknown>> = [];

  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => undefined);
  });

  function openRuntime(): {
    runtime: JobRuntime;
    failedForGood: FailedForGood[];
    failedOnce: () => Promise<void>;
  } {
    const failedForGood: FailedForGood[] = [];
    let signal!: () => void;
    const called = new Promise<void>((resolve) => (signal = resolve));
    const failedOnce = () => within(called, 'onFailedForGood');
    const runtime = new JobRuntime({
      redisUrl: env.run.redisUrl,
      prefix: env.redisPrefix,
      log,
      onFailedForGood: (job, err) => {
        failedForGood.push({ jobId: job.id, attemptsMade: job.attemptsMade, message: err.message });
        signal();
      },
    });
    cleanups.push(() => runtime.close());
    return { runtime, failedForGood, failedOnce };
  }

  function openQueue(name: string): Queue {
    const queue = new Queue(name, {
      connection: { url: env.run.redisUrl },
      prefix: env.redisPrefix,
    });
    cleanups.push(() => queue.close());
    return queue;
  }

  it('when a job fails twice then succeeds, then it is retried with a doubling back-off', async () => {
    const { runtime } = openRuntime();
    const startedAt: number[] = [];
    const def = aJob(
      'flaky',
      async () => {
        startedAt.push(Date.now());
        if (startedAt.length < 3) throw new Error('not yet');
        return 'done';
      },
      { attempts: 5, backoffMs: 50 },
    );
    const worker = runtime.startWorker(def);
    const retryDelays: number[] = [];
    worker.on('failed', (job) => retryDelays.push(job?.delay ?? -1));
    const completed = nextEvents(worker, 'completed');

    const enqueued = await runtime.enqueue(def, { n: 1 });
    const [job] = await completed;

    expect(job!.id).toBe(enqueued.id);
    expect(job!.attemptsMade).toBe(3);
    expect(job!.returnvalue).toBe('done');
    expect(retryDelays).toEqual([50, 100]);
    expect(startedAt).toHaveLength(3);
    // Lower bounds only: the worker's wake-up latency (and machine load) adds to each gap.
    expect(startedAt[1]! - startedAt[0]!).toBeGreaterThanOrEqual(50);
    expect(startedAt[2]! - startedAt[1]!).toBeGreaterThanOrEqual(100);
  });

  it('when a job has a back-off cap, then its delays double up to the cap and no further', async () => {
    const { runtime } = openRuntime();
    let runs = 0;
    const def = aJob(
      'capped',
      async () => {
        runs += 1;
        if (runs < 5) throw new Error('not yet');
        return 'done';
      },
      { attempts: 6, backoffMs: 50, backoffMaxMs: 120 },
    );
    const worker = runtime.startWorker(def);
    const retryDelays: number[] = [];
    worker.on('failed', (job) => retryDelays.push(job?.delay ?? -1));
    const completed = nextEvents(worker, 'completed');

    await runtime.enqueue(def, { n: 1 });
    await completed;

    expect(retryDelays).toEqual([50, 100, 120, 120]);
  });

  it('when a job waiting out a long back-off is promoted, then it runs now; one not delayed is left alone', async () => {
    const { runtime } = openRuntime();
    let runs = 0;
    const def = aJob(
      'promoted',
      async () => {
        runs += 1;
        if (runs === 1) throw new Error('printer off');
        return 'printed';
      },
      { attempts: 3, backoffMs: 600_000 },
    );
    const worker = runtime.startWorker(def);
    const failed = nextEvents(worker, 'failed');
    const completed = nextEvents(worker, 'completed');
    const job = await runtime.enqueue(def, { n: 1 }, { jobId: 'print-1' });
    await failed;

    expect(await runtime.promote(def, [job.id!, 'unknown-job'])).toBe(1);
    const [done] = await completed;
    expect(done!.returnvalue).toBe('printed');
    expect(await runtime.promote(def, [job.id!])).toBe(0);
  });

  it('when a job fails every time, then it stops after its attempts, is kept as failed and reported once', async () => {
    const { runtime, failedForGood, failedOnce } = openRuntime();
    let runs = 0;
    const def = aJob(
      'always-fails',
      async () => {
        runs += 1;
        throw new Error(`boom ${runs}`);
      },
      { attempts: 3 },
    );
    const worker = runtime.startWorker(def);
    const failures = nextEvents(worker, 'failed', 3);

    const enqueued = await runtime.enqueue(def, { n: 2 });
    await failures;
    await failedOnce();

    expect(runs).toBe(3);
    expect(failedForGood).toEqual([{ jobId: enqueued.id, attemptsMade: 3, message: 'boom 3' }]);
    const queue = openQueue(def.name);
    expect((await queue.getFailed()).map((j) => j.id)).toEqual([enqueued.id]);
    expect(await queue.getJobState(enqueued.id!)).toBe('failed');
  });

  it('when a failed job is retried by an operator, then it runs every attempt again; one looked at by name first keeps its attempts', async () => {
    const { runtime } = openRuntime();
    let runs = 0;
    let fixed = false;
    const def = aJob(
      'operator-retry',
      async () => {
        runs += 1;
        if (!fixed) throw new Error('still down');
      },
      { attempts: 2 },
    );
    // Looked at by name (the console does) before the owner enqueues: no defaults lost.
    expect(await runtime.failedJobs(def.name)).toEqual([]);
    const worker = runtime.startWorker(def);
    const failures = nextEvents(worker, 'failed', 2);
    const enqueued = await runtime.enqueue(def, { n: 3 });
    await failures;

    const listed = await runtime.failedJobs(def.name);
    const done = nextEvents(worker, 'completed');
    fixed = true;
    const retried = await runtime.retryFailed(def.name, enqueued.id!);
    await done;

    expect(listed.map((j) => j.id)).toEqual([enqueued.id]);
    expect(retried).toBe(true);
    expect(runs).toBe(3);
    expect(await runtime.retryFailed(def.name, enqueued.id!)).toBe(false);
  });

  it('when a stored payload does not match the schema, then the job fails at once and is reported', async () => {
    const { runtime, failedForGood, failedOnce } = openRuntime();
    let runs = 0;
    const def = aJob('bad-payload', async () => {
      runs += 1;
    });
    const worker = runtime.startWorker(def);
    const failed = nextEvents(worker, 'failed');
    const queue = openQueue(def.name);

    const added = await queue.add(def.name, { n: 'seven' }, { attempts: 5, backoff: 10 });
    const [job] = await failed;
    await failedOnce();

    expect(runs).toBe(0);
    expect(job!.attemptsMade).toBe(1);
    expect(job!.failedReason).toMatch(/^invalid payload/);
    expect(await queue.getJobState(added.id!)).toBe('failed');
    expect(failedForGood).toEqual([
      { jobId: added.id, attemptsMade: 1, message: job!.failedReason },
    ]);
  });

  it('when enqueue is given a payload that does not match the schema, then it throws and enqueues nothing', async () => {
    const { runtime } = openRuntime();
    const def = aJob('bad-enqueue', async () => undefined);
    const invalid = { n: 'seven' } as unknown as z.input<typeof Payload>;

    const enqueuing = runtime.enqueue(def, invalid);

    await expect(enqueuing).rejects.toThrow(z.ZodError);
    const counts = await openQueue(def.name).getJobCounts('wait', 'delayed', 'prioritized');
    expect(counts).toEqual({ wait: 0, delayed: 0, prioritized: 0 });
  });

  it('when process throws an AppError that is not retryable, then the job fails at once without retry', async () => {
    const { runtime, failedForGood, failedOnce } = openRuntime();
    let runs = 0;
    const def = aJob(
      'rule-violation',
      async () => {
        runs += 1;
        throw new RuleViolationError('order-closed', 'the order is closed');
      },
      { attempts: 5 },
    );
    const worker = runtime.startWorker(def);
    const failed = nextEvents(worker, 'failed');

    const enqueued = await runtime.enqueue(def, { n: 3 });
    const [job] = await failed;
    await failedOnce();

    expect(runs).toBe(1);
    expect(job!.attemptsMade).toBe(1);
    expect(await job!.getState()).toBe('failed');
    expect(failedForGood).toEqual([
      { jobId: enqueued.id, attemptsMade: 1, message: 'the order is closed' },
    ]);
  });

  it('when the same jobId is enqueued twice, then the job runs once', async () => {
    const { runtime } = openRuntime();
    const seen: number[] = [];
    const def = aJob('dedupe', async ({ n }) => {
      seen.push(n);
    });
    const jobId = `order-${randomBytes(4).toString('hex')}`;

    const first = await runtime.enqueue(def, { n: 1 }, { jobId });
    const second = await runtime.enqueue(def, { n: 1 }, { jobId });
    const worker = runtime.startWorker(def);
    const completed = nextEvents(worker, 'completed', 2);
    await runtime.enqueue(def, { n: 99 });
    await completed;

    expect(second.id).toBe(first.id);
    expect(seen).toEqual([1, 99]);
  });

  it('when a finished job is enqueued again with its jobId, then it does not run again', async () => {
    const { runtime } = openRuntime();
    const seen: number[] = [];
    const def = aJob('dedupe-done', async ({ n }) => {
      seen.push(n);
    });
    const jobId = `order-${randomBytes(4).toString('hex')}`;
    const worker = runtime.startWorker(def);
    const firstRun = nextEvents(worker, 'completed');
    await runtime.enqueue(def, { n: 1 }, { jobId });
    await firstRun;

    const secondRun = nextEvents(worker, 'completed');
    await runtime.enqueue(def, { n: 1 }, { jobId });
    await runtime.enqueue(def, { n: 99 });
    const [next] = await secondRun;

    expect(next!.data).toEqual({ n: 99 });
    expect(seen).toEqual([1, 99]);
  });

  it('when close is called while a job runs, then it resolves only after the job completed', async () => {
    const { runtime } = openRuntime();
    const order: string[] = [];
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let started!: () => void;
    const running = new Promise<void>((resolve) => (started = resolve));
    const def = aJob('slow', async () => {
      started();
      await released;
      order.push('job finished');
      return 'finished';
    });
    const worker = runtime.startWorker(def);
    const closing = within(
      new Promise<void>((resolve) => worker.once('closing', () => resolve())),
      'worker closing',
    );
    const enqueued = await runtime.enqueue(def, { n: 4 });
    await within(running, 'the job starting');

    const closed = runtime.close().then(() => order.push('closed'));
    await closing;
    release();
    await closed;

    expect(order).toEqual(['job finished', 'closed']);
    const job = await openQueue(def.name).getJob(enqueued.id!);
    expect(await job!.getState()).toBe('completed');
    expect(job!.returnvalue).toBe('finished');
  });

  it('when a job is scheduled with every, then it runs at least twice on its schedule', async () => {
    const { runtime } = openRuntime();
    const def = aJob('every', async ({ n }) => n * 2);
    const worker = runtime.startWorker(def);
    const completed = nextEvents(worker, 'completed', 2);

    await runtime.every(def, 100, { n: 21 });
    const jobs = await completed;
    await runtime.close();

    expect(jobs.map((j) => j.returnvalue)).toEqual([42, 42]);
    expect(new Set(jobs.map((j) => j.id)).size).toBe(2);
    expect(jobs.every((j) => j.repeatJobKey === `${def.name}.every`)).toBe(true);
    const schedulers = await openQueue(def.name).getJobSchedulers();
    expect(schedulers.map((s) => [s.key, s.every])).toEqual([[`${def.name}.every`, 100]]);
  });
});
