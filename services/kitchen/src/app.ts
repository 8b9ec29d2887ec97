import { KitchenTicketCreatedV1 } from '@brigade/contracts';
import { newId, systemClock, type Logger } from '@brigade/core';
import { authenticate } from '@brigade/http';
import { createPlatform, outboxPort, startService, type BaseConfig } from '@brigade/service';
import { subscriptions } from './consumers/subscriptions';
import { entities, migrations } from './db/data-source';
import { ticketRepository } from './db/repositories/ticket.repository';
import type { KitchenDeps } from './domain/ports';
import { mountTicketRoutes, ticketRoutes } from './http/tickets.routes';

/** Composition root of kitchen. */
export function createKitchenApp(config: BaseConfig, log?: Logger) {
  const platform = createPlatform({
    service: 'kitchen',
    config,
    entities,
    migrations,
    log,
  });
  const { db, relay } = platform;
  const deps: KitchenDeps = {
    clock: systemClock,
    newId,
    transaction: (fn) => db.withTransaction(() => fn()),
    outbox: outboxPort(db, relay),
    tickets: ticketRepository(db),
  };
  return {
    platform,
    deps,
    start: () =>
      startService(platform, {
        title: 'Brigade kitchen',
        routes: ticketRoutes,
        mount: (router) => {
          router.use(authenticate({ tokens: platform.tokens }));
          mountTicketRoutes(router, deps);
        },
        subscriptions: subscriptions(deps),
        publishes: [KitchenTicketCreatedV1],
      }),
  };
}
