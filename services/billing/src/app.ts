import { BillCreatedV1 } from '@brigade/contracts';
import { newId, systemClock, type Logger } from '@brigade/core';
import { authenticate } from '@brigade/http';
import { createPlatform, outboxPort, startService, type BaseConfig } from '@brigade/service';
import { subscriptions } from './consumers/subscriptions';
import { entities, migrations } from './db/data-source';
import { billRepository } from './db/repositories/bill.repository';
import { billableOrderRepository } from './db/repositories/billable-order.repository';
import type { BillingDeps } from './domain/ports';
import { billableOrderRoutes, mountBillableOrderRoutes } from './http/billable-orders.routes';
import { billRoutes, mountBillRoutes } from './http/bills.routes';

/** Composition root of billing. */
export function createBillingApp(config: BaseConfig, log?: Logger) {
  const platform = createPlatform({ service: 'billing', config, entities, migrations, log });
  const deps: BillingDeps = {
    billableOrders: billableOrderRepository(platform.db),
    bills: billRepository(platform.db),
    clock: systemClock,
    newId,
    outbox: outboxPort(platform.db, platform.relay),
    transaction: (fn) => platform.db.withTransaction(() => fn()),
  };
  return {
    platform,
    deps,
    start: () =>
      startService(platform, {
        title: 'Brigade billing',
        routes: [...billableOrderRoutes, ...billRoutes],
        mount: (router) => {
          router.use(authenticate({ tokens: platform.tokens }));
          mountBillableOrderRoutes(router, deps);
          mountBillRoutes(router, deps);
        },
        subscriptions: subscriptions(deps),
        publishes: [BillCreatedV1],
      }),
  };
}
