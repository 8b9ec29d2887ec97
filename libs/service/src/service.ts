import type { AnyEventContract, RouteContract } from '@brigade/contracts';
import { createLogger, loadConfig, type Logger } from '@brigade/core';
import { runMigrations } from '@brigade/db';
import { createHttpApp, listen, type RunningServer } from '@brigade/http';
import type { JobDefinition } from '@brigade/jobs';
import type { Subscription } from '@brigade/messaging';
import type { Router } from 'express';
import type { z } from 'zod';
import type { Platform } from './platform';
import { purgeInboxJob } from './purge-inbox.job';
import { stopInOrder } from './stop-in-order';

/** What makes one service different from another; everything else is the platform's. */
export interface ServiceDefinition {
  title: string;
  routes: readonly RouteContract[];
  mount(router: Router): void;
  subscriptions: readonly Subscription[];
  /** Events the service raises (for its docs); what it consumes comes from `subscriptions`. */
  publishes?: readonly AnyEventContract[];
  jobs?: readonly JobDefinition[];
  /** Repeating jobs to schedule at start: definition and interval. */
  schedules?: ReadonlyArray<{ job: JobDefinition; everyMs: number; payload: unknown }>;
}

export interface RunningService {
  port: number;
  /** Stops within SHUTDOWN_GRACE_MS; answers the parts that had to be left behind. */
  stop(): Promise<string[]>;
}

/**
 * Starts a service in order: database (and migrations), Redis check, broker (in the
 * background: orders are still taken while it is down), consumers, outbox relay, job
 * workers, then HTTP. Stops in reverse, letting work in progress finish.
 */
export async function startService(
  platform: Platform,
  def: ServiceDefinition,
): Promise<RunningService> {
  const { config, db, log, amqp, consumers, relay, jobs } = platform;
  await db.dataSource.initialize();
  if (config.MIGRATE_ON_START) {
    const applied = await runMigrations(db.dataSource);
    if (applied.length) log.info({ applied }, 'migrations applied');
  }
  await jobs.start();
  for (const sub of def.subscriptions) await consumers.subscribe(sub);
  amqp.start();
  await relay.start();
  const purgeInbox = purgeInboxJob(platform.service, db);
  for (const job of [...(def.jobs ?? []), purgeInbox]) jobs.startWorker(job);
  for (const s of def.schedules ?? []) await jobs.every(s.job, s.everyMs, s.payload as never);
  await jobs.every(purgeInbox, 3_600_000, { olderThanDays: config.INBOX_RETENTION_DAYS });
  const app = createHttpApp({
    title: def.title,
    log,
    routes: def.routes,
    mount: (router) => def.mount(router),
    events: {
      publishes: def.publishes ?? [],
      consumes: def.subscriptions.flatMap((s) => s.handlers.map((h) => h.contract)),
    },
    readiness: {
      database: () => db.ping(),
      broker: async () => {
        if (!amqp.isConnected) throw new Error('not connected');
      },
      redis: () => jobs.ping(),
    },
    // Without the broker, events wait in the outbox; without Redis, jobs wait. Only a lost
    // database stops a service from doing its work, so only that takes it out of rotation.
    degradedOnly: ['broker', 'redis'],
  });
  const server: RunningServer = await listen(app, config.PORT);
  log.info({ port: server.port }, `${platform.service} listening`);
  let stopping: Promise<string[]> | undefined;
  return {
    port: server.port,
    stop: () =>
      (stopping ??= (async () => {
        const leftBehind = await stopInOrder(
          [
            { name: 'http', stop: () => server.close() },
            { name: 'consumers', stop: () => consumers.stop() },
            { name: 'outbox relay', stop: () => relay.stop() },
            { name: 'jobs', stop: () => jobs.close() },
            { name: 'broker connection', stop: () => amqp.close() },
            { name: 'database pool', stop: () => db.dataSource.destroy() },
          ],
          config.SHUTDOWN_GRACE_MS,
          log,
        );
        log.info({ leftBehind }, `${platform.service} stopped`);
        return leftBehind;
      })()),
  };
}

/**
 * Process entry: loads the config (exit 1 naming every bad variable), starts, and stops
 * cleanly on SIGTERM/SIGINT.
 */
export function bootService<S extends z.ZodObject>(
  service: string,
  schema: S,
  start: (config: Readonly<z.infer<S>>, log: Logger) => Promise<RunningService>,
): void {
  let config: Readonly<z.infer<S>>;
  try {
    config = loadConfig(schema);
  } catch (err) {
    process.stderr.write(`${service}: ${(err as Error).message}\n`);
    process.exit(1);
  }
  const log = createLogger(service, (config as { LOG_LEVEL?: string }).LOG_LEVEL);
  process.on('uncaughtException', (err) => {
    log.fatal({ err }, 'uncaught exception');
    process.exit(1);
  });
  start(config, log).then(
    (running) => {
      const shutdown = (signal: string) => {
        log.info({ signal }, 'shutting down');
        running.stop().then(
          (leftBehind) => process.exit(leftBehind.length ? 1 : 0),
          (err: unknown) => {
            log.fatal({ err }, 'shutdown failed');
            process.exit(1);
          },
        );
      };
      process.once('SIGTERM', () => shutdown('SIGTERM'));
      process.once('SIGINT', () => shutdown('SIGINT'));
    },
    (err: unknown) => {
      log.fatal({ err }, 'start failed');
      process.exit(1);
    },
  );
}
