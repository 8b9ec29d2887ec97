import { newId, systemClock, type Logger } from '@brigade/core';
import { authenticate } from '@brigade/http';
import { createPlatform, outboxPort, queueAfterCommit, startService } from '@brigade/service';
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
import { sendStatusJob } from './jobs/send-status.job';
import { takeOrderJob } from './jobs/take-order.job';
import { watchDeadlinesJob } from './jobs/watch-deadlines.job';
import { cancelOrderJob } from './jobs/cancel-order.job';
import { sendAvailabilityJob, watchBusyJob } from './jobs/busy.job';
import { kitchenLoadClient } from './integrations/kitchen-client';
import { menuClient } from './integrations/menu-client';
import { publishMenuJob } from './jobs/publish-menu.job';
import { subscriptions } from './consumers/subscriptions';
import { MarketplaceOrderFulfilledV1, MarketplaceOrderNeedsAttentionV1 } from '@brigade/contracts';
import {
  skuMappingRepository,
  statusUpdateRepository,
} from './db/repositories/sku-mapping.repository';
import { ordersClient } from './integrations/orders-client';

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
  const later = queueAfterCommit(platform);
  const deps: DeliveryDeps = {
    marketplaces: marketplaceRepository(db),
    apis: {
      'uber-eats': uberEatsApi({
        apiUrl: config.UBER_EATS_API_URL,
        token: config.UBER_EATS_ACCESS_TOKEN,
        timeoutMs,
      }),
      wolt: woltApi({ apiUrl: config.WOLT_API_URL, apiKey: config.WOLT_API_KEY, timeoutMs }),
      deliveroo: deliverooApi({
        apiUrl: config.DELIVEROO_API_URL,
        token: config.DELIVEROO_ACCESS_TOKEN,
        timeoutMs,
      }),
    },
    skus: skuMappingRepository(db),
    statusUpdates: statusUpdateRepository(db),
    orders: ordersClient({ baseUrl: config.ORDERS_URL, tokens: platform.tokens, timeoutMs }),
    commissionBps: {
      'uber-eats': config.UBER_EATS_COMMISSION_BPS,
      wolt: config.WOLT_COMMISSION_BPS,
      deliveroo: config.DELIVEROO_COMMISSION_BPS,
    },
    acceptWithinMs: {
      'uber-eats': config.UBER_EATS_ACCEPT_WITHIN_MS,
      wolt: config.WOLT_ACCEPT_WITHIN_MS,
      deliveroo: config.DELIVEROO_ACCEPT_WITHIN_MS,
    },
    clock: systemClock,
    newId,
    transaction: (fn) => db.withTransaction(() => fn()),
    outbox: outboxPort(db, relay),
    queueFetch: (orderId) => later(fetchJob, { orderId }, { jobId: `fetch-${orderId}` }),
    // A retry after the mapping was fixed takes it again: no fixed id.
    queueTake: (orderId) => later(takeJob, { orderId }, { jobId: `take-${orderId}-${Date.now()}` }),
    queueCancel: (order) =>
      later(cancelJob, { orderId: order.id, ...ownerOf(order) }, { jobId: `cancel-${order.id}` }),
    menus: menuClient({ baseUrl: config.ORDERS_URL, tokens: platform.tokens, timeoutMs }),
    queueMenu: (store, menuVersion, at) =>
      later(
        menuJob,
        { marketplace: store.marketplace, storeId: store.storeId, ...ownerOf(store) },
        {
          jobId: `menu-${store.marketplace}-${store.storeId}-${menuVersion}`,
          delay: at ? Math.max(0, at.getTime() - Date.now()) : undefined,
        },
      ),
    queueAvailability: (store, version) =>
      later(
        availabilityJob,
        { marketplace: store.marketplace, storeId: store.storeId, version, ...ownerOf(store) },
        { jobId: `${store.marketplace}-${store.storeId}-${version}` },
      ),
    kitchenLoad: kitchenLoadClient({
      baseUrl: config.KITCHEN_URL,
      tokens: platform.tokens,
      timeoutMs,
    }),
    queueStatus: (orderId, status) =>
      later(statusJob, { orderId, status }, { jobId: `${orderId}-${status}` }),
  };
  const fetchJob = fetchOrderJob(deps);
  const watchJob = watchDeadlinesJob(deps);
  const cancelJob = cancelOrderJob(deps);
  const availabilityJob = sendAvailabilityJob(deps);
  const menuJob = publishMenuJob(deps);
  const busyJob = watchBusyJob(deps);
  const takeJob = takeOrderJob(deps, {
    attempts: config.TAKE_ATTEMPTS,
    backoffMs: config.TAKE_BACKOFF_MS,
  });
  const statusJob = sendStatusJob(deps, {
    attempts: config.STATUS_ATTEMPTS,
    backoffMs: config.STATUS_BACKOFF_MS,
    backoffMaxMs: config.STATUS_BACKOFF_MAX_MS,
  });
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
        jobs: [
          fetchJob,
          takeJob,
          statusJob,
          watchJob,
          cancelJob,
          availabilityJob,
          busyJob,
          menuJob,
        ],
        schedules: [
          { job: busyJob, everyMs: config.BUSY_WATCH_EVERY_MS, payload: {} },
          {
            job: watchJob,
            everyMs: config.DEADLINE_WATCH_EVERY_MS,
            payload: {
              escalateBeforeMs: config.ESCALATE_BEFORE_DEADLINE_MS,
              fallbackBeforeMs: config.FALLBACK_BEFORE_DEADLINE_MS,
            },
          },
        ],
        subscriptions: subscriptions(deps),
        publishes: [MarketplaceOrderNeedsAttentionV1, MarketplaceOrderFulfilledV1],
      }),
  };
}

/** Whose a job is, for the operator console (a job of an order not yet placed names nobody). */
const ownerOf = (o: { tenantId: string | null; locationId: string | null }) => ({
  tenantId: o.tenantId ?? undefined,
  locationId: o.locationId ?? undefined,
});
