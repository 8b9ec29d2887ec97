import { randomUUID } from 'node:crypto';
import { createDatabase, runDatabasePrefix, type TestEnv } from '../../testing/src';
import {
  appendToFeed,
  createDataSource,
  CreateLiveFeed1732000000003,
  Db,
  runMigrations,
  type DataSource,
  type FeedEntry,
  type FeedScope,
} from '../src';

/** A scratch database of the test file with the live feed migrated. */
export async function feedDatabase(env: TestEnv, suffix: string) {
  const name = `${runDatabasePrefix(env.run.runId)}${env.ns}_${suffix}`;
  const url = await createDatabase(env.run.postgresUrl, name);
  const dataSources: DataSource[] = [];
  const open = async () => {
    const dataSource = createDataSource({
      url,
      entities: [],
      migrations: [CreateLiveFeed1732000000003],
      poolSize: 4,
    });
    dataSources.push(dataSource);
    return new Db(await dataSource.initialize());
  };
  const db = await open();
  await runMigrations(db.dataSource);
  return {
    url,
    name,
    db,
    /** Another pool on the same database, as another process of the service would have. */
    another: open,
    close: () => Promise.allSettled(dataSources.map((d) => d.destroy())),
  };
}

export const aScope = (): FeedScope => ({ tenantId: randomUUID(), locationId: randomUUID() });

export const anEntry = (scope: FeedScope, subjectId: string, topic = 'order'): FeedEntry => ({
  tenantId: scope.tenantId,
  locationId: scope.locationId,
  topic,
  type: `${topic}.changed`,
  subjectId,
  data: { subjectId },
});

/** A transaction held open by the test, on its own connection. */
export async function openTransaction(db: Db) {
  const runner = db.dataSource.createQueryRunner();
  await runner.connect();
  await runner.startTransaction();
  return {
    append: (...entries: FeedEntry[]) => appendToFeed(runner.manager, entries),
    /** Takes the transaction's id now (as any first write would). */
    takeXid: () => runner.query('SELECT pg_current_xact_id()'),
    commit: () => runner.commitTransaction().finally(() => runner.release()),
    rollback: () => runner.rollbackTransaction().finally(() => runner.release()),
  };
}
