import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import IORedis from 'ioredis';
import { createLogger } from '../../core/src';
import { freePort, TestEnv, waitUntil } from '../../testing/src';
import { JobRuntime } from '../src';

const log = createLogger('jobs-test', 'silent');

/**
 * A Redis of this test's own that may evict keys, so the shared one is never reconfigured
 * under other test files. Where no redis-server binary exists (Redis in a container), the
 * shared Redis is switched for the few milliseconds of the check and switched back.
 */
async function anEvictingRedis(sharedUrl: string) {
  if (spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0) {
    const port = await freePort();
    const child: ChildProcess = spawn('redis-server', [
      ...['--port', String(port), '--bind', '127.0.0.1', '--save', ''],
      ...['--appendonly', 'no', '--maxmemory-policy', 'allkeys-lru'],
    ]);
    const url = `redis://127.0.0.1:${port}`;
    const probe = new IORedis(url, { lazyConnect: true, maxRetriesPerRequest: 0 });
    await waitUntil(() => probe.connect().then(() => probe.ping()), {
      what: 'private redis-server',
    });
    probe.disconnect();
    return {
      url,
      restore: async () => {
        child.kill();
        await once(child, 'exit');
      },
    };
  }
  const admin = new IORedis(sharedUrl);
  await admin.config('SET', 'maxmemory-policy', 'allkeys-lru');
  return {
    url: sharedUrl,
    restore: async () => {
      await admin.config('SET', 'maxmemory-policy', 'noeviction');
      await admin.quit();
    },
  };
}

describe('JobRuntime.start', () => {
  const env = new TestEnv();

  it('when Redis may evict keys, then start rejects naming the policy and noeviction', async () => {
    const redis = await anEvictingRedis(env.run.redisUrl);
    const runtime = new JobRuntime({ redisUrl: redis.url, prefix: env.redisPrefix, log });

    const outcome = await runtime.start().then(
      () => 'started',
      (err: unknown) => err,
    );
    await runtime.close();
    await redis.restore();

    expect(outcome).toBeInstanceOf(Error);
    expect((outcome as Error).message).toMatch(/"allkeys-lru".*"noeviction"/);
  });

  it('when Redis keeps every key, then start resolves', async () => {
    const runtime = new JobRuntime({ redisUrl: env.run.redisUrl, prefix: env.redisPrefix, log });

    await expect(runtime.start()).resolves.toBeUndefined();
    await runtime.close();
  });
});
