import { consoleSignInRoute, consumerQueues } from '@brigade/contracts';
import { newId, systemClock, type Logger } from '@brigade/core';
import { acceptQueryToken, authenticate } from '@brigade/http';
import { createPlatform, queueAfterCommit, startService } from '@brigade/service';
import type { ConsoleConfig } from './config';
import { subscriptions } from './consumers/subscriptions';
import { entities, migrations } from './db/data-source';
import { alertRepository } from './db/repositories/alerts.repository';
import { failureRepository } from './db/repositories/failures.repository';
import { traceRepository } from './db/repositories/trace.repository';
import { DeadLetterDrain } from './dead-letters/dead-letter-drain';
import type { ConsoleDeps } from './domain/ports';
import { recordFailure } from './domain/record-failure';
import { mountConsolePage } from './http/console-page';
import { consoleRoutes, mountConsoleRoutes } from './http/console.routes';
import { mountSessionRoute } from './http/session.routes';
import { ownerApi } from './integrations/owner-api';
import { sendAlertJob } from './jobs/send-alert.job';
import { pruneTracesJob } from './jobs/prune-traces.job';
import { watchJob } from './jobs/watch.job';

/** Composition root of the operator console. */
export function createConsoleApp(config: ConsoleConfig, log?: Logger) {
  const platform = createPlatform({ service: 'console', config, entities, migrations, log });
  const { db, jobs } = platform;
  const alerts = alertRepository(db);
  const later = queueAfterCommit(platform);
  const drain = new DeadLetterDrain({
    amqp: platform.amqp,
    names: platform.names,
    log: platform.log,
    queues: consumerQueues,
    expiresMs: config.AMQP_QUEUE_EXPIRES_MS,
    prefetch: config.CONSUMER_PREFETCH,
    record: async (failure) => {
      await recordFailure(deps, failure);
    },
  });
  const alertJob = config.ALERT_WEBHOOK_URL
    ? sendAlertJob({
        alerts,
        url: config.ALERT_WEBHOOK_URL,
        timeoutMs: config.OWNER_TIMEOUT_MS,
        attempts: config.ALERT_WEBHOOK_ATTEMPTS,
        backoffMs: config.ALERT_WEBHOOK_BACKOFF_MS,
        now: () => systemClock.now(),
      })
    : undefined;
  const deps: ConsoleDeps = {
    failures: failureRepository(db),
    alerts,
    trace: traceRepository(db),
    clock: systemClock,
    newId,
    transaction: (fn) => db.withTransaction(() => fn()),
    resendDeadLetter: (queue, content, properties, by) =>
      drain.resend(queue, content, properties, by),
    jobs,
    owners: ownerApi(
      {
        kitchen: config.KITCHEN_URL,
        posAdapter: config.POS_ADAPTER_URL,
        deliveryAdapter: config.DELIVERY_ADAPTER_URL,
      },
      platform.tokens,
      config.OWNER_TIMEOUT_MS,
    ),
    // A lost enqueue leaves the alert pending: the watch queues it again.
    notify: (alert) => {
      if (alertJob) later(alertJob, { alertId: alert.id }, { jobId: alert.id });
    },
    settings: { dlqDepthAlert: config.DLQ_DEPTH_ALERT, webhook: alertJob !== undefined },
  };
  const watch = watchJob({
    ...deps,
    failedJobs: (queue, start, count) => jobs.failedJobs(queue, start, count),
    requeueAlert: async (alertId) => {
      if (alertJob) await jobs.ensureQueued(alertJob, { alertId }, alertId);
    },
  });
  const pruneTraces = pruneTracesJob({ trace: deps.trace, now: () => systemClock.now() });
  return {
    platform,
    deps,
    start: async () => {
      const running = await startService(platform, {
        title: 'Brigade operator console',
        routes: [consoleSignInRoute, ...consoleRoutes],
        mount: (router) => {
          mountConsolePage(router);
          mountSessionRoute(router, config.ORDERS_URL, config.OWNER_TIMEOUT_MS);
          router.use(acceptQueryToken('/v1/live'));
          router.use(authenticate({ tokens: platform.tokens }));
          mountConsoleRoutes(router, deps, config.LIVE_POLL_MS);
        },
        subscriptions: subscriptions(deps),
        jobs: alertJob ? [watch, pruneTraces, alertJob] : [watch, pruneTraces],
        schedules: [
          {
            job: watch,
            everyMs: config.WATCH_EVERY_MS,
            payload: { unconfirmedAfterMs: config.PAID_UNCONFIRMED_AFTER_MS },
          },
          {
            job: pruneTraces,
            everyMs: 3_600_000,
            payload: { olderThanDays: config.TRACE_RETENTION_DAYS },
          },
        ],
      });
      await drain.start();
      return {
        ...running,
        stop: async () => {
          drain.stop();
          return running.stop();
        },
      };
    },
  };
}
