import { currentRun, deleteRedisKeys, dropDatabases, runDatabasePrefix } from '../libs/testing/src';

/** Leaves nothing behind: the run's databases and Redis keys go; its queues expire on their own. */
export default async function globalTeardown(): Promise<void> {
  const run = currentRun();
  await dropDatabases(run.postgresUrl, runDatabasePrefix(run.runId));
  await deleteRedisKeys(run.redisUrl, `brigade-test:${run.runId}:*`);
  await globalThis.brigadeInfra?.stop();
}
