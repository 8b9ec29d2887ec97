import { createLogger, type Logger } from '@brigade/core';
import { createDataSource, Db, type DataSourceOptions } from '@brigade/db';
import { StaffTokens } from '@brigade/http';
import { JobRuntime } from '@brigade/jobs';
import {
  AmqpConnection,
  ConsumerRunner,
  declareExchanges,
  OutboxRelay,
  Publisher,
  TopologyNames,
} from '@brigade/messaging';
import type { BaseConfig } from './base-config';

/** The infrastructure handles of one service process; passed to its use cases as part of Deps. */
export interface Platform {
  service: string;
  config: BaseConfig;
  log: Logger;
  db: Db;
  amqp: AmqpConnection;
  names: TopologyNames;
  publisher: Publisher;
  relay: OutboxRelay;
  consumers: ConsumerRunner;
  jobs: JobRuntime;
  /** Staff tokens and manager approvals, verified alike in every service. */
  tokens: StaffTokens;
}

export interface PlatformOptions {
  service: string;
  config: BaseConfig;
  entities: DataSourceOptions['entities'];
  migrations: DataSourceOptions['migrations'];
  log?: Logger;
}

/** Builds (but does not start) everything a service needs to talk to PostgreSQL, RabbitMQ and Redis. */
export function createPlatform(options: PlatformOptions): Platform {
  const { service, config } = options;
  const log = options.log ?? createLogger(service, config.LOG_LEVEL);
  const dataSource = createDataSource({
    url: config.DATABASE_URL,
    entities: options.entities,
    migrations: options.migrations,
    poolSize: config.DB_POOL_SIZE,
    applicationName: service,
  });
  const db = new Db(dataSource);
  const names = new TopologyNames(config.AMQP_PREFIX);
  const amqp = new AmqpConnection({ url: config.AMQP_URL, log, clientName: service });
  void amqp.onConnected(async (conn) => {
    const ch = await conn.createChannel();
    await declareExchanges(ch, names, config.AMQP_QUEUE_EXPIRES_MS);
    await ch.close();
  });
  const publisher = new Publisher(amqp, log, {
    confirmTimeoutMs: config.PUBLISH_CONFIRM_TIMEOUT_MS,
  });
  const relay = new OutboxRelay({
    dataSource,
    databaseUrl: config.DATABASE_URL,
    publisher,
    exchange: names.events,
    log,
  });
  amqp.on('connected', () => relay.wake());
  const consumers = new ConsumerRunner({
    amqp,
    db,
    names,
    log,
    options: {
      prefetch: config.CONSUMER_PREFETCH,
      deliveryLimit: config.DELIVERY_LIMIT,
      retryDelaysMs: config.RETRY_DELAYS_MS,
      expiresMs: config.AMQP_QUEUE_EXPIRES_MS,
    },
  });
  const jobs = new JobRuntime({
    redisUrl: config.REDIS_URL,
    prefix: config.REDIS_PREFIX,
    log,
    lockMs: config.JOB_LOCK_MS,
  });
  const tokens = new StaffTokens(config.AUTH_TOKEN_SECRET, config.AUTH_TOKEN_TTL_SECONDS);
  return { service, config, log, db, amqp, names, publisher, relay, consumers, jobs, tokens };
}
