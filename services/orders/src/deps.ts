import { newId, systemClock } from '@brigade/core';
import { NO_USER_PASSWORD_HASH, verifyPassword } from '@brigade/http';
import { outboxPort, type Platform } from '@brigade/service';
import { credentialRepository } from './db/repositories/credential.repository';
import { locationRepository } from './db/repositories/location.repository';
import { orderRepository } from './db/repositories/order.repository';
import type { OrdersDeps } from './domain/ports';

export function buildDeps({ db, relay, tokens, config }: Platform): OrdersDeps {
  return {
    clock: systemClock,
    newId,
    transaction: (fn) => db.withTransaction(() => fn()),
    outbox: outboxPort(db, relay),
    locations: locationRepository(db),
    orders: orderRepository(db),
    credentials: credentialRepository(db),
    auth: {
      verifyPassword,
      noUserHash: NO_USER_PASSWORD_HASH,
      signToken: (actor) => tokens.sign(actor),
      tokenTtlSeconds: config.AUTH_TOKEN_TTL_SECONDS,
    },
  };
}
