import { createDataSource, Db, runMigrations, type DataSource } from '../../../db/src';
import { createDatabase, runDatabasePrefix, type TestEnv } from '../../../testing/src';
import { CreateInbox1732000000001, CreateOutbox1732000000000 } from '../../src';

/**
 * A scratch database of the test file with the outbox and inbox migrations applied, plus
 * `thing_effects`: the rows the test handlers write (no unique key, so a double apply shows).
 */
export class MessagingDatabase {
  private readonly extra: DataSource[] = [];

  private constructor(
    readonly url: string,
    readonly db: Db,
  ) {}

  static async create(env: TestEnv, poolSize = 6): Promise<MessagingDatabase> {
    const name = `${runDatabasePrefix(env.run.runId)}${env.ns}_msg`;
    const url = await createDatabase(env.run.postgresUrl, name);
    const dataSource = await openDataSource(url, poolSize);
    await runMigrations(dataSource);
    await dataSource.query('CREATE TABLE thing_effects (message_id uuid NOT NULL, n int NOT NULL)');
    return new MessagingDatabase(url, new Db(dataSource));
  }

  get dataSource(): DataSource {
    return this.db.dataSource;
  }

  /** Another pool on the same database, as a second process would have. */
  async anotherDataSource(poolSize = 3): Promise<DataSource> {
    const dataSource = await openDataSource(this.url, poolSize);
    this.extra.push(dataSource);
    return dataSource;
  }

  /** Committed rows only: runs on a pool connection, outside any transaction. */
  async count(sql: string, params: unknown[] = []): Promise<number> {
    const [row] = (await this.dataSource.query(
      `SELECT count(*)::int AS n FROM ${sql}`,
      params,
    )) as {
      n: number;
    }[];
    return row!.n;
  }

  effects(messageId: string): Promise<number> {
    return this.count('thing_effects WHERE message_id = $1', [messageId]);
  }

  inboxRows(consumer: string, messageId: string): Promise<number> {
    return this.count('inbox WHERE consumer = $1 AND message_id = $2', [consumer, messageId]);
  }

  outboxSize(): Promise<number> {
    return this.count('outbox');
  }

  async close(): Promise<void> {
    const all = [this.dataSource, ...this.extra].filter((d) => d.isInitialized);
    await Promise.allSettled(all.map((d) => d.destroy()));
  }
}

function openDataSource(url: string, poolSize: number): Promise<DataSource> {
  return createDataSource({
    url,
    entities: [],
    migrations: [CreateOutbox1732000000000, CreateInbox1732000000001],
    poolSize,
  }).initialize();
}
