import type { Logger } from '@brigade/core';
import { createPlatform, startService, type BaseConfig } from '@brigade/service';
import { entities, migrations } from './db/data-source';

/**
 * Composition root of pos-adapter. It owns its database, broker connection and job
 * runtime now; the push of paid orders to the fiscal POS arrives with its issue.
 */
export function createPosAdapterApp(config: BaseConfig, log?: Logger) {
  const platform = createPlatform({ service: 'pos-adapter', config, entities, migrations, log });
  return {
    platform,
    start: () =>
      startService(platform, {
        title: 'Brigade pos-adapter',
        routes: [],
        mount: () => undefined,
        subscriptions: [],
      }),
  };
}
