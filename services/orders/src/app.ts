import {
  MenuUpdatedV1,
  OrderCancelledV1,
  OrderDetailsChangedV1,
  OrderItemCompedV1,
  OrderItemsFiredV1,
  OrderItemVoidedV1,
  OrderLinesAddedV1,
  OrderLinesMovedV1,
  OrderPlacedV1,
  StockLowV1,
} from '@brigade/contracts';
import { actorKey, type Logger } from '@brigade/core';
import { actorOf, authenticate, cachedResolver, IdempotencyStore } from '@brigade/http';
import type { Request } from 'express';
import { apiKeyResolver } from './db/repositories/credential.repository';
import { mountAuthRoutes, mountStorefrontTokenRoute } from './http/auth.routes';
import { createPlatform, pruneLiveFeedJob, startService } from '@brigade/service';
import type { OrdersConfig } from './config';
import { subscriptions } from './consumers/subscriptions';
import { entities, migrations } from './db/data-source';
import { buildDeps } from './deps';
import { mountFloorRoutes } from './http/floor.routes';
import { liveAccessToken, mountLiveRoutes } from './http/live.routes';
import { mountManagementRoutes, mountOnboardingRoutes } from './http/management.routes';
import { mountMenuRoutes } from './http/menu.routes';
import { mountOrderRoutes } from './http/orders.routes';
import { allRoutes } from './http/routes';
import { mountStockRoutes } from './http/stock.routes';
import { purgeIdempotencyKeysJob } from './jobs/purge-idempotency-keys.job';
import { pruneTableSessionsJob } from './jobs/prune-table-sessions.job';

/** Composition root of orders: wires the platform, the use cases, routes, consumers and jobs. */
export function createOrdersApp(config: OrdersConfig, log?: Logger) {
  const platform = createPlatform({
    service: 'orders',
    config,
    entities,
    migrations,
    log,
  });
  const deps = buildDeps(platform);
  const store = new IdempotencyStore(platform.db);
  const purge = purgeIdempotencyKeysJob(store);
  const pruneFeed = pruneLiveFeedJob('orders', platform.db);
  const pruneSessions = pruneTableSessionsJob(deps);
  const idempotency = {
    store,
    db: platform.db,
    log: platform.log,
    // Keys are unique per client: per API key for storefronts, per user for staff.
    scope: (req: Request) => actorKey(actorOf(req)),
  };
  return {
    platform,
    deps,
    start: () =>
      startService(platform, {
        title: 'Brigade orders',
        routes: allRoutes,
        mount: (router) => {
          mountAuthRoutes(router, deps);
          mountOnboardingRoutes(router, deps, config.PROVISIONING_KEY);
          const apiKeys = cachedResolver(apiKeyResolver(platform.db));
          router.use(liveAccessToken);
          router.use(authenticate({ tokens: platform.tokens, apiKeys }));
          mountStorefrontTokenRoute(router, deps);
          mountManagementRoutes(router, deps, idempotency);
          mountMenuRoutes(router, deps, idempotency);
          mountFloorRoutes(router, deps, idempotency);
          mountOrderRoutes(router, deps, idempotency);
          mountStockRoutes(router, deps, idempotency);
          mountLiveRoutes(router, deps, idempotency);
        },
        subscriptions: subscriptions(deps),
        publishes: [
          OrderPlacedV1,
          OrderLinesAddedV1,
          OrderItemsFiredV1,
          OrderItemVoidedV1,
          OrderItemCompedV1,
          OrderLinesMovedV1,
          OrderCancelledV1,
          OrderDetailsChangedV1,
          MenuUpdatedV1,
          StockLowV1,
        ],
        jobs: [purge, pruneSessions, pruneFeed],
        schedules: [
          { job: purge, everyMs: 3_600_000, payload: { olderThanHours: 24 } },
          {
            job: pruneFeed,
            everyMs: 3_600_000,
            payload: { olderThanHours: config.LIVE_FEED_RETENTION_HOURS },
          },
          { job: pruneSessions, everyMs: 600_000, payload: {} },
        ],
      }),
  };
}
