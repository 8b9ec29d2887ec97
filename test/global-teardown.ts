import IORedis from 'ioredis';
import { currentRun, dropDatabases, runDatabasePrefix } from '../libs/testing/src';

/** Leaves nothing behind: the run's databases and Redis keys go; its queues expire on their own. */
export default async function globalTeardown(): Promise<void> {
  const run = currentRun();
  await dropDatabases(run.postgresUrl, runDatabasePrefix(run.runId));
  const redis = new IORedis(run.redisUrl);
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(
        cursor,
        'MATCH',
        `brigade-test:${run.runId}:*`,
        'COUNT',
        1000,
      );
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
  await globalThis.brigadeInfra?.stop();
}
