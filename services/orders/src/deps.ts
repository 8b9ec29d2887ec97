import { newId, systemClock } from '@brigade/core';
import { outboxPort, type Platform } from '@brigade/service';
import { locationRepository } from './db/repositories/location.repository';
import { orderRepository } from './db/repositories/order.repository';
import type { OrdersDeps } from './domain/ports';

export function buildDeps({ db, relay }: Platform): OrdersDeps {
  return {
    clock: systemClock,
    newId,
    transaction: (fn) => db.withTransaction(() => fn()),
    outbox: outboxPort(db, relay),
    locations: locationRepository(db),
    orders: orderRepository(db),
  };
}
