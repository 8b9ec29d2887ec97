import { newId, systemClock } from '@brigade/core';
import { NO_USER_PASSWORD_HASH, verifyPassword } from '@brigade/http';
import { outboxPort, type Platform } from '@brigade/service';
import { credentialRepository } from './db/repositories/credential.repository';
import { liveFeedRepository } from './db/repositories/live-feed.repository';
import { managementPort } from './db/repositories/management.repository';
import { tableSessionRepository } from './db/repositories/floor.repository';
import { menuRepository } from './db/repositories/menu.repository';
import { stockRepository } from './db/repositories/stock.repository';
import { orderRepository } from './db/repositories/order.repository';
import type { OrdersDeps } from './domain/ports';

export function buildDeps({ db, relay, tokens, config, log }: Platform): OrdersDeps {
  // One of each, shared: the feed coalesces its wake-ups per writer, the outbox its relay wake.
  const outbox = outboxPort(db, relay);
  const feed = liveFeedRepository(db);
  return {
    clock: systemClock,
    log,
    newId,
    transaction: (fn) => db.withTransaction(() => fn()),
    outbox,
    orders: orderRepository(db),
    credentials: credentialRepository(db),
    menu: menuRepository(db),
    tableSessions: tableSessionRepository(db, feed),
    stock: stockRepository(db, outbox, feed),
    feed,
    management: managementPort(db, tokens),
    approvals: { verify: (token, expected) => tokens.verifyApproval(token, expected) },
    auth: {
      verifyPassword,
      noUserHash: NO_USER_PASSWORD_HASH,
      signToken: (actor) => tokens.sign(actor),
      signStorefrontToken: (actor) => tokens.signStorefront(actor),
      tokenTtlSeconds: config.AUTH_TOKEN_TTL_SECONDS,
    },
  };
}
