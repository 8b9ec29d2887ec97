import type { Envelope } from '@brigade/contracts';
import type { Clock } from '@brigade/core';
import type { Marketplace, MarketplaceOrder, MarketplaceStore, OrderData } from './marketplace';

export interface MarketplaceRepository {
  /** Records the event id; false when it was seen before (a replay, a retry). */
  recordWebhook(
    marketplace: Marketplace,
    eventId: string,
    marketplaceOrderId: string | null,
    at: Date,
  ): Promise<boolean>;
  /** Stores the order unless the marketplace announced it before; returns whether it did. */
  insertOrderIfNew(order: MarketplaceOrder): Promise<boolean>;
  findOrder(id: string): Promise<MarketplaceOrder | undefined>;
  findByMarketplaceId(marketplace: Marketplace, id: string): Promise<MarketplaceOrder | undefined>;
  lockOrder(id: string): Promise<MarketplaceOrder | undefined>;
  saveOrder(order: MarketplaceOrder): Promise<void>;
  listOrders(filter: {
    tenantId: string;
    locationId?: string;
    limit: number;
  }): Promise<MarketplaceOrder[]>;
  findStore(marketplace: Marketplace, storeId: string): Promise<MarketplaceStore | undefined>;
  storesOf(locationId: string): Promise<MarketplaceStore[]>;
  saveStore(store: MarketplaceStore): Promise<void>;
}

/** A marketplace's API as the adapter uses it. */
export interface MarketplaceApi {
  /** The order at `resourceUrl` (Uber Eats, Wolt) in our shape. */
  fetchOrder(resourceUrl: string): Promise<OrderData>;
}

export interface DeliveryDeps {
  marketplaces: MarketplaceRepository;
  apis: Record<Marketplace, MarketplaceApi>;
  clock: Clock;
  newId(): string;
  transaction<T>(fn: () => Promise<T>): Promise<T>;
  outbox: { add(events: Envelope[]): Promise<void> };
  /** Queues the fetch of an announced order (after the current transaction commits). */
  queueFetch(orderId: string): void;
}
