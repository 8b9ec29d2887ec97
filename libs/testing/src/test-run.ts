import { randomBytes } from 'node:crypto';
import { createDatabase, databaseUrl, dropDatabases, listDatabases } from './databases';

/** What globalSetup hands to every test worker (through one environment variable). */
export interface TestRun {
  runId: string;
  postgresUrl: string;
  amqpUrl: string;
  redisUrl: string;
}

const RUN_VAR = 'BRIGADE_TEST_RUN';

/** The token secret every service of a test run shares (tests sign staff tokens with it). */
export const TEST_AUTH_SECRET = 'brigade-test-secret-0123456789abcdef';

/** `t` + start time in base36 + random: sortable, and old runs can be recognised and cleared. */
export function newRunId(): string {
  return `t${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
}

export const runDatabasePrefix = (runId: string) => `brigade_${runId}_`;
export const templateDatabase = (runId: string, service: string) =>
  `${runDatabasePrefix(runId)}tpl_${service.replace(/-/g, '_')}`;

export function publishRun(run: TestRun): void {
  process.env[RUN_VAR] = JSON.stringify(run);
}

export function currentRun(): TestRun {
  const raw = process.env[RUN_VAR];
  if (!raw)
    throw new Error(`${RUN_VAR} is not set: run the tests through jest's globalSetup (npm test)`);
  return JSON.parse(raw) as TestRun;
}

/** Drops the databases of runs that started more than `hours` ago and never cleaned up. */
export async function dropAbandonedRuns(postgresUrl: string, hours = 6): Promise<void> {
  const names = await listDatabases(postgresUrl, 'brigade\\_t%');
  const runs = new Set(
    names.map((n) => n.split('_')[1]!).filter((id) => /^t[0-9a-z]{8,}$/.test(id)),
  );
  for (const id of runs) {
    const started = parseInt(id.slice(1, -4), 36);
    if (Number.isFinite(started) && Date.now() - started > hours * 3_600_000) {
      await dropDatabases(postgresUrl, runDatabasePrefix(id));
    }
  }
}

/**
 * One test file's private world: its own databases (cloned from the run's migrated
 * templates), its own exchange/queue prefix and its own Redis key prefix.
 */
export class TestEnv {
  readonly ns = `n${randomBytes(3).toString('hex')}`;
  private readonly databases = new Map<string, Promise<string>>();

  constructor(readonly run: TestRun = currentRun()) {}

  get amqpPrefix(): string {
    return `${this.run.runId}.${this.ns}.`;
  }

  get redisPrefix(): string {
    return `brigade-test:${this.run.runId}:${this.ns}`;
  }

  /** A database of its own for `service`, migrated (cloned from the template). */
  database(service: string, instance = 'a'): Promise<string> {
    const key = `${service}/${instance}`;
    let url = this.databases.get(key);
    if (!url) {
      const name = `${runDatabasePrefix(this.run.runId)}${this.ns}_${instance}_${service.replace(/-/g, '_')}`;
      url = createDatabase(this.run.postgresUrl, name, templateDatabase(this.run.runId, service));
      this.databases.set(key, url);
    }
    return url;
  }

  /** The environment a service process (or in-process app) of this test file runs with. */
  async serviceEnv(
    service: string,
    overrides: Record<string, string> = {},
  ): Promise<Record<string, string>> {
    return {
      PORT: '0',
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
      DATABASE_URL: await this.database(service),
      MIGRATE_ON_START: 'false',
      // Small pools: several services per test file, two files at once, one PostgreSQL.
      DB_POOL_SIZE: '3',
      AMQP_URL: this.run.amqpUrl,
      AMQP_PREFIX: this.amqpPrefix,
      // Unused queues go soon: a broker's file descriptors are few (about 900 on a stock Debian).
      AMQP_QUEUE_EXPIRES_MS: String(2 * 60_000),
      RETRY_DELAYS_MS: '100,200,400',
      REDIS_URL: this.run.redisUrl,
      REDIS_PREFIX: this.redisPrefix,
      AUTH_TOKEN_SECRET: TEST_AUTH_SECRET,
      ...overrides,
    };
  }

  /** The admin URL of the run's server with another database name. */
  url(name: string): string {
    return databaseUrl(this.run.postgresUrl, name);
  }
}
