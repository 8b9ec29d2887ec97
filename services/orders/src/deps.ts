import { newId, systemClock } from '@brigade/core';
import { outboxPort, type Platform } from '@brigade/service';
import { locationRepository } from './db/repositories/location.repository';
import { orderRepository } from './db/repositories/order.repository';
import { productRepository } from './db/repositories/product.repository';
import type { OrdersDeps } from './domain/ports';

export function buildDeps({ db }: Platform): OrdersDeps {
  return {
    clock: systemClock,
    newId,
    transaction: (fn) => db.withTransaction(() => fn()),
    outbox: outboxPort(db),
    locations: locationRepository(db),
    products: productRepository(db),
    orders: orderRepository(db),
  };
}
