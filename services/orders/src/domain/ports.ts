import type { Envelope } from '@brigade/contracts';
import type { Clock } from '@brigade/core';
import type { Product } from './menu/pricing';
import type { Order, OrderStatus } from './orders/order';

export interface Location {
  id: string;
  tenantId: string;
  currency: string;
}

export interface LocationRepository {
  find(locationId: string): Promise<Location | undefined>;
  /** Next order number of the location; locks its counter until the transaction ends. */
  nextOrderNumber(locationId: string): Promise<number>;
}

export interface ProductRepository {
  findForLocation(locationId: string, productIds: string[]): Promise<Map<string, Product>>;
}

export interface OrderRepository {
  insert(order: Order): Promise<void>;
  find(orderId: string): Promise<Order | undefined>;
  /** Moves the status on when `from` matches; returns false when the order was elsewhere. */
  updateStatus(orderId: string, from: OrderStatus[], to: OrderStatus): Promise<boolean>;
}

/** What the orders use cases need; built in app.ts. */
export interface OrdersDeps {
  clock: Clock;
  newId(): string;
  /** Runs `fn` in a transaction, joining the one already open (a consumer's inbox transaction). */
  transaction<T>(fn: () => Promise<T>): Promise<T>;
  outbox: { add(events: Envelope[]): Promise<void> };
  locations: LocationRepository;
  products: ProductRepository;
  orders: OrderRepository;
}
