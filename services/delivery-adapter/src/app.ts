import type { Logger } from '@brigade/core';
import { createPlatform, startService, type BaseConfig } from '@brigade/service';
import { entities, migrations } from './db/data-source';

/**
 * Composition root of delivery-adapter. It owns its database, broker connection and job
 * runtime now; marketplace webhooks and status sync arrive with their issue.
 */
export function createDeliveryAdapterApp(config: BaseConfig, log?: Logger) {
  const platform = createPlatform({
    service: 'delivery-adapter',
    config,
    entities,
    migrations,
    log,
  });
  return {
    platform,
    start: () =>
      startService(platform, {
        title: 'Brigade delivery-adapter',
        routes: [],
        mount: () => undefined,
        subscriptions: [],
      }),
  };
}
