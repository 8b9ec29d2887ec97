import type { Logger } from '@brigade/core';
import { authenticate } from '@brigade/http';
import { createPlatform, startService, type BaseConfig } from '@brigade/service';
import { subscriptions } from './consumers/subscriptions';
import { entities, migrations } from './db/data-source';
import { billableOrderRepository } from './db/repositories/billable-order.repository';
import type { BillingDeps } from './domain/ports';
import { billableOrderRoutes, mountBillableOrderRoutes } from './http/billable-orders.routes';

/** Composition root of billing. */
export function createBillingApp(config: BaseConfig, log?: Logger) {
  const platform = createPlatform({ service: 'billing', config, entities, migrations, log });
  const deps: BillingDeps = {
    billableOrders: billableOrderRepository(platform.db),
    transaction: (fn) => platform.db.withTransaction(() => fn()),
  };
  return {
    platform,
    deps,
    start: () =>
      startService(platform, {
        title: 'Brigade billing',
        routes: billableOrderRoutes,
        mount: (router) => {
          router.use(authenticate({ tokens: platform.tokens }));
          mountBillableOrderRoutes(router, deps);
        },
        subscriptions: subscriptions(deps),
      }),
  };
}
