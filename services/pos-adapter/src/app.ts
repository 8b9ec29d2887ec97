import { OrderFiscalizedV1, PosPushFailedV1, PosRefundRequestedV1 } from '@brigade/contracts';
import { newId, systemClock, type Logger } from '@brigade/core';
import { authenticate } from '@brigade/http';
import { createPlatform, outboxPort, queueAfterCommit, startService } from '@brigade/service';
import type { PosAdapterConfig } from './config';
import { subscriptions } from './consumers/subscriptions';
import { entities, migrations } from './db/data-source';
import { fiscalPushRepository } from './db/repositories/fiscal-push.repository';
import type { PosAdapterDeps } from './domain/ports';
import {
  fiscalPushRoutes,
  mountFiscalPushRoutes,
  mountPosCallback,
} from './http/fiscal-pushes.routes';
import { posConnectionRepository } from './db/repositories/pos-connection.repository';
import type { PosConnection } from './domain/pos-connection';
import { mountPosConnectionRoutes, posConnectionRoutes } from './http/pos-connection.routes';
import { posDirectory } from './integrations/pos-directory';
import { exposePosMetrics } from './http/pos.metrics';
import { followPosOrderJob } from './jobs/follow-pos-order.job';
import { pollReceiptsJob } from './jobs/poll-receipts.job';
import { pushOrderJob } from './jobs/push-order.job';
import { sweepPushesJob } from './jobs/sweep-pushes.job';

/** Composition root of pos-adapter. */
export function createPosAdapterApp(config: PosAdapterConfig, log?: Logger) {
  const platform = createPlatform({ service: 'pos-adapter', config, entities, migrations, log });
  const { db, relay } = platform;
  const later = queueAfterCommit(platform);
  let callbackUrl = config.FISCAL_POS_CALLBACK_URL ?? null;
  const fallback: PosConnection = {
    baseUrl: config.FISCAL_POS_URL,
    login: config.FISCAL_POS_LOGIN,
    password: config.FISCAL_POS_PASSWORD,
    companyId: config.FISCAL_POS_COMPANY_ID,
  };
  const posConnections = posConnectionRepository(db);
  const registers = posDirectory({
    connections: posConnections,
    fallback,
    breaker: {
      timeoutMs: config.POS_TIMEOUT_MS,
      volumeThreshold: config.POS_BREAKER_VOLUME,
      errorThresholdPercentage: config.POS_BREAKER_ERROR_PERCENT,
      resetTimeoutMs: config.POS_BREAKER_RESET_MS,
    },
    callbackUrl: () => callbackUrl,
    log: platform.log,
  });
  const deps: PosAdapterDeps = {
    pushes: fiscalPushRepository(db),
    posFor: (locationId) => registers.forLocation(locationId),
    posConnections,
    clock: systemClock,
    newId,
    transaction: (fn) => db.withTransaction(() => fn()),
    outbox: outboxPort(db, relay),
    // A lost enqueue leaves the push pending: the sweep queues it again.
    queuePush: (push) => later(pushJob, { pushId: push.id }, { jobId: push.queueJobId }),
    requeuePushes: async (pushes) => {
      for (const p of pushes)
        await platform.jobs.ensureQueued(pushJob, { pushId: p.id }, p.queueJobId);
    },
  };
  const pushJob = pushOrderJob(deps, {
    attempts: config.PUSH_ATTEMPTS,
    backoffMs: config.PUSH_BACKOFF_MS,
    backoffMaxMs: config.PUSH_BACKOFF_MAX_MS,
  });
  const followJob = followPosOrderJob(deps);
  const pollJob = pollReceiptsJob(deps);
  const sweepJob = sweepPushesJob(deps);
  const follow = async (pushId: string, posOrderId: string, status: string) => {
    await platform.jobs.enqueue(
      followJob,
      { pushId, posOrderId },
      { jobId: `${pushId}-${status}`, removeOnFail: { age: 86_400 } },
    );
  };
  exposePosMetrics({
    breakers: registers.states,
    dead: () => deps.pushes.countByStatus('dead_letter'),
  });
  return {
    platform,
    deps,
    registers,
    start: async () => {
      const running = await startService(platform, {
        title: 'Brigade pos-adapter',
        routes: [...fiscalPushRoutes, ...posConnectionRoutes],
        mount: (router) => {
          mountPosCallback(router, deps, follow);
          router.use(authenticate({ tokens: platform.tokens }));
          mountFiscalPushRoutes(router, deps);
          mountPosConnectionRoutes(router, deps, { fallback, breakerOf: registers.stateOf });
        },
        subscriptions: subscriptions(deps),
        jobs: [pushJob, followJob, pollJob, sweepJob],
        schedules: [
          {
            job: pollJob,
            everyMs: config.RECEIPT_POLL_EVERY_MS,
            payload: { minIntervalMs: config.RECEIPT_POLL_AFTER_MS },
          },
          {
            job: sweepJob,
            everyMs: config.PUSH_SWEEP_EVERY_MS,
            payload: { quietForMs: config.PUSH_SWEEP_AFTER_MS },
          },
        ],
        publishes: [OrderFiscalizedV1, PosPushFailedV1, PosRefundRequestedV1],
      });
      callbackUrl ??= `http://127.0.0.1:${running.port}/v1/webhooks/fiscal-pos`;
      return {
        ...running,
        stop: async () => {
          const leftBehind = await running.stop();
          registers.shutdown();
          return leftBehind;
        },
      };
    },
  };
}
