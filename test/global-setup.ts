import { createDataSource, runMigrations } from '../libs/db/src';
import {
  createDatabase,
  dropAbandonedRuns,
  newRunId,
  provisionInfrastructure,
  publishRun,
  templateDatabase,
  type Infrastructure,
} from '../libs/testing/src';
import { ensureChromium } from '../libs/testing/src/browser';
import { migrationsOf, SERVICES } from './service-migrations';

declare global {
  var brigadeInfra: Infrastructure | undefined;
}

/**
 * Once per `jest` run: make sure the infrastructure answers, then build one migrated
 * template database per service; each test file clones its own from them.
 */
export default async function globalSetup(): Promise<void> {
  const infra = await provisionInfrastructure();
  // Browser tests drive the system's Chromium, installed here once if missing; where it
  // cannot be, only they fail (saying what to install), not the whole run.
  try {
    ensureChromium((line) => console.log(line));
  } catch (err) {
    console.warn((err as Error).message);
  }
  globalThis.brigadeInfra = infra;
  const runId = newRunId();
  await dropAbandonedRuns(infra.postgresUrl);
  await Promise.all(
    SERVICES.map(async (service) => {
      const url = await createDatabase(infra.postgresUrl, templateDatabase(runId, service));
      const { entities, migrations } = migrationsOf(service);
      const dataSource = createDataSource({ url, entities, migrations, poolSize: 2 });
      await dataSource.initialize();
      try {
        await runMigrations(dataSource);
      } finally {
        await dataSource.destroy();
      }
    }),
  );
  // The Mollie simulator's certificate is self-signed and the Mollie client pins its own CA
  // bundle; billing turns checks off for its process (MOLLIE_TRUST_ANY_CERTIFICATE), but a
  // test file's process.env is jest's copy, so the switch is made here for the workers.
  // The only TLS peers of a test run are simulators.
  process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
  publishRun({
    runId,
    postgresUrl: infra.postgresUrl,
    amqpUrl: infra.amqpUrl,
    redisUrl: infra.redisUrl,
  });
}
