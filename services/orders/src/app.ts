import { OrderItemsFiredV1, OrderPlacedV1 } from '@brigade/contracts';
import { actorKey, type Logger } from '@brigade/core';
import { actorOf, authenticate, cachedResolver, IdempotencyStore } from '@brigade/http';
import type { Request } from 'express';
import { apiKeyResolver } from './db/repositories/credential.repository';
import { authRoutes, mountAuthRoutes } from './http/auth.routes';
import { createPlatform, startService, type BaseConfig } from '@brigade/service';
import { subscriptions } from './consumers/subscriptions';
import { entities, migrations } from './db/data-source';
import { buildDeps } from './deps';
import { floorRoutes, mountFloorRoutes } from './http/floor.routes';
import { liveRoutes, mountLiveRoutes } from './http/live.routes';
import { managementRoutes, mountManagementRoutes } from './http/management.routes';
import { menuRoutes, mountMenuRoutes } from './http/menu.routes';
import { mountOrderRoutes, orderRoutes } from './http/orders.routes';
import { mountStockRoutes, stockRoutes } from './http/stock.routes';
import { purgeIdempotencyKeysJob } from './jobs/purge-idempotency-keys.job';

/** Composition root of orders: wires the platform, the use cases, routes, consumers and jobs. */
export function createOrdersApp(config: BaseConfig, log?: Logger) {
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
        routes: [
          ...authRoutes,
          ...managementRoutes,
          ...menuRoutes,
          ...floorRoutes,
          ...orderRoutes,
          ...stockRoutes,
          ...liveRoutes,
        ],
        mount: (router) => {
          mountAuthRoutes(router, deps);
          const apiKeys = cachedResolver(apiKeyResolver(platform.db));
          router.use(authenticate({ tokens: platform.tokens, apiKeys }));
          mountManagementRoutes(router, deps, idempotency);
          mountMenuRoutes(router, deps, idempotency);
          mountFloorRoutes(router, deps, idempotency);
          mountOrderRoutes(router, deps, idempotency);
          mountStockRoutes(router, deps, idempotency);
          mountLiveRoutes(router, deps, idempotency);
        },
        subscriptions: subscriptions(deps),
        publishes: [OrderPlacedV1, OrderItemsFiredV1],
        jobs: [purge],
        schedules: [{ job: purge, everyMs: 3_600_000, payload: { olderThanHours: 24 } }],
      }),
  };
}
