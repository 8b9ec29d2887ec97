import { OrderItemsFiredV1, OrderPlacedV1 } from '@brigade/contracts';
import type { Logger } from '@brigade/core';
import { IdempotencyStore } from '@brigade/http';
import { createPlatform, startService, type BaseConfig } from '@brigade/service';
import { subscriptions } from './consumers/subscriptions';
import { entities, migrations } from './db/data-source';
import { buildDeps } from './deps';
import { mountOrderRoutes, orderRoutes } from './http/orders.routes';
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
    // Until storefront API keys exist, a client's keys are scoped to the location it orders for.
    scope: (_req: unknown, input: { body: unknown }) =>
      `location:${(input.body as { locationId: string }).locationId}`,
  };
  return {
    platform,
    deps,
    start: () =>
      startService(platform, {
        title: 'Brigade orders',
        routes: orderRoutes,
        mount: (router) => mountOrderRoutes(router, deps, idempotency),
        subscriptions: subscriptions(deps),
        publishes: [OrderPlacedV1, OrderItemsFiredV1],
        jobs: [purge],
        schedules: [{ job: purge, everyMs: 3_600_000, payload: { olderThanHours: 24 } }],
      }),
  };
}
