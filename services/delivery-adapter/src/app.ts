import { newId, systemClock, type Logger } from '@brigade/core';
import { authenticate } from '@brigade/http';
import { createPlatform, outboxPort, startService } from '@brigade/service';
import type { DeliveryAdapterConfig } from './config';
import { entities, migrations } from './db/data-source';
import { marketplaceRepository } from './db/repositories/marketplace.repository';
import type { DeliveryDeps } from './domain/ports';
import { marketplaceRoutes, mountMarketplaceRoutes } from './http/marketplace-orders.routes';
import { mountWebhookRoutes, webhookRoutes } from './http/webhooks.routes';
import { deliverooApi } from './integrations/deliveroo';
import { uberEatsApi } from './integrations/uber-eats';
import { woltApi } from './integrations/wolt';
import { fetchOrderJob } from './jobs/fetch-order.job';

/** Composition root of delivery-adapter. */
export function createDeliveryAdapterApp(config: DeliveryAdapterConfig, log?: Logger) {
  const platform = createPlatform({
    service: 'delivery-adapter',
    config,
    entities,
    migrations,
    log,
  });
  const { db, relay } = platform;
  const timeoutMs = config.MARKETPLACE_TIMEOUT_MS;
  const deps: DeliveryDeps = {
    marketplaces: marketplaceRepository(db),
    apis: {
      'uber-eats': uberEatsApi({
        apiUrl: config.UBER_EATS_API_URL,
        token: config.UBER_EATS_ACCESS_TOKEN,
        timeoutMs,
      }),
      wolt: woltApi({ apiUrl: config.WOLT_API_URL, apiKey: config.WOLT_API_KEY, timeoutMs }),
      deliveroo: deliverooApi(),
    },
    clock: systemClock,
    newId,
    transaction: (fn) => db.withTransaction(() => fn()),
    outbox: outboxPort(db, relay),
    queueFetch: (orderId) =>
      db.afterCommit(() => {
        platform.jobs
          .enqueue(fetchJob, { orderId }, { jobId: `fetch-${orderId}` })
          .catch((err: unknown) => platform.log.error({ err, orderId }, 'fetch not queued'));
      }),
  };
  const fetchJob = fetchOrderJob(deps);
  return {
    platform,
    deps,
    start: () =>
      startService(platform, {
        title: 'Brigade delivery-adapter',
        routes: [...webhookRoutes, ...marketplaceRoutes],
        mount: (router) => {
          mountWebhookRoutes(router, deps, {
            uberEats: config.UBER_EATS_CLIENT_SECRET,
            wolt: config.WOLT_WEBHOOK_SECRET,
            deliveroo: config.DELIVEROO_WEBHOOK_SECRET,
          });
          router.use(authenticate({ tokens: platform.tokens }));
          mountMarketplaceRoutes(router, deps);
        },
        jobs: [fetchJob],
        subscriptions: [],
      }),
  };
}
