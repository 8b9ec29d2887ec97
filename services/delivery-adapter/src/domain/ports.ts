import type { Envelope } from '@brigade/contracts';
import type { Clock } from '@brigade/core';
import type {
  Availability,
  BusyRules,
  Marketplace,
  MarketplaceOrder,
  MarketplaceStore,
  OrderData,
  SkuMapping,
  StatusUpdate,
} from './marketplace';

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
    status?: MarketplaceOrder['status'];
    limit: number;
  }): Promise<MarketplaceOrder[]>;
  /** Orders not decided whose deadline is before `deadlineBefore`, soonest first. */
  undecided(filter: {
    statuses: MarketplaceOrder['status'][];
    deadlineBefore: Date;
    notEscalated?: boolean;
    locationId?: string;
    tenantId?: string;
    limit: number;
  }): Promise<MarketplaceOrder[]>;
  findByInternalOrder(internalOrderId: string): Promise<MarketplaceOrder | undefined>;
  findStore(marketplace: Marketplace, storeId: string): Promise<MarketplaceStore | undefined>;
  storesOf(locationId: string): Promise<MarketplaceStore[]>;
  lockStore(marketplace: Marketplace, storeId: string): Promise<MarketplaceStore | undefined>;
  saveAvailability(marketplace: Marketplace, storeId: string, a: Availability): Promise<void>;
  /** Stores with a manual setting that ends, or whose location has busy rules. */
  storesWithAvailability(): Promise<MarketplaceStore[]>;
  saveBusyRules(rules: BusyRules): Promise<void>;
  busyRulesOf(locationId: string): Promise<BusyRules | undefined>;
  saveStore(store: MarketplaceStore): Promise<void>;
}

/** A marketplace's API as the adapter uses it. */
export interface MarketplaceApi {
  /** The order at `resourceUrl` (Uber Eats, Wolt) in our shape. */
  fetchOrder(resourceUrl: string): Promise<OrderData>;
  /** Replaces the store's menu at the marketplace (items unavailable while snoozed). */
  publishMenu(storeId: string, items: PublishedItem[]): Promise<void>;
  /** The store's menu as the marketplace shows it: SKU and price. */
  readMenu(storeId: string): Promise<Array<{ sku: string; priceMinor: number }>>;
  /** Opens, pauses or slows the store (extra prep minutes when busy). */
  setAvailability(storeId: string, availability: Availability): Promise<void>;
  /** Tells the marketplace where the order stands (accept, deny, ready, cancel). */
  sendStatus(
    marketplaceOrderId: string,
    status: StatusUpdate,
    reason: string | null,
  ): Promise<void>;
}

/** One menu item as published to a marketplace, with its choices. */
export interface PublishedItem {
  sku: string;
  name: string;
  priceMinor: number;
  available: boolean;
  availableAgainAt: string | null;
  modifierGroups: Array<{
    name: string;
    minSelect: number;
    maxSelect: number;
    options: Array<{ sku: string; name: string; priceMinor: number; available: boolean }>;
  }>;
}

/** A product of the location's menu, as orders shows it. */
export interface MenuItem {
  id: string;
  name: string;
  priceMinor: number;
  available: boolean;
  availableAgainAt: string | null;
  modifierGroups: Array<{
    name: string;
    minSelect: number;
    maxSelect: number;
    options: Array<{ id: string; name: string; priceDeltaMinor: number; available: boolean }>;
  }>;
}

/** The location's menu for the marketplace channel, from orders. */
export interface MenuPort {
  read(tenantId: string, locationId: string): Promise<MenuItem[]>;
}

export interface SkuMappingRepository {
  find(locationId: string, skus: readonly string[]): Promise<SkuMapping[]>;
  list(locationId: string): Promise<SkuMapping[]>;
  save(mapping: SkuMapping): Promise<void>;
}

export interface StatusUpdateRow {
  orderId: string;
  status: StatusUpdate;
  reason: string | null;
  state: 'pending' | 'sent' | 'failed';
  attempts: number;
  lastError: string | null;
  sentAt: Date | null;
}

export interface StatusUpdateRepository {
  /** Records that the marketplace is to be told; false when it was already (once per status). */
  addIfNew(
    orderId: string,
    status: StatusUpdate,
    reason: string | null,
    at: Date,
  ): Promise<boolean>;
  lock(orderId: string, status: StatusUpdate): Promise<StatusUpdateRow | undefined>;
  save(row: StatusUpdateRow): Promise<void>;
  /** The updates of these orders, oldest first. */
  listFor(orderIds: readonly string[]): Promise<StatusUpdateRow[]>;
}

/** A line as orders takes it. */
export interface InternalLine {
  productId: string;
  quantity: number;
  notes?: string;
  modifiers: Array<{ optionId: string }>;
}

/** Our orders service, as the marketplace bridge (a storefront of channel `marketplace`). */
export interface OrdersPort {
  /** Places the order once per idempotency key; returns our order's id. */
  place(input: {
    tenantId: string;
    locationId: string;
    idempotencyKey: string;
    customerName: string;
    lines: InternalLine[];
  }): Promise<{ orderId: string; lineIds: string[] }>;
  /** Cancels our order as the marketplace did; an order already ended is left as it is. */
  cancel(input: {
    tenantId: string;
    locationId: string;
    orderId: string;
    note: string;
  }): Promise<void>;
}

export interface DeliveryDeps {
  marketplaces: MarketplaceRepository;
  skus: SkuMappingRepository;
  statusUpdates: StatusUpdateRepository;
  orders: OrdersPort;
  menus: MenuPort;
  /** Queues publishing the store's menu (after commit; one per menu version), or at `at`. */
  queueMenu(store: StoreRef, menuVersion: number, at?: Date): void;
  /** Each marketplace's commission, in basis points of the order. */
  commissionBps: Record<Marketplace, number>;
  /** How long each marketplace gives a restaurant to accept. */
  acceptWithinMs: Record<Marketplace, number>;
  apis: Record<Marketplace, MarketplaceApi>;
  clock: Clock;
  newId(): string;
  transaction<T>(fn: () => Promise<T>): Promise<T>;
  outbox: { add(events: Envelope[]): Promise<void> };
  /** Queues the fetch of an announced order (after the current transaction commits). */
  queueFetch(orderId: string): void;
  /** Queues taking a received order into ours (after commit). */
  queueTake(orderId: string): void;
  /** Queues cancelling our order of a cancelled marketplace order (after commit). */
  queueCancel(order: Pick<MarketplaceOrder, 'id' | 'tenantId' | 'locationId'>): void;
  /** Queues telling the marketplace the store's availability (after commit). */
  queueAvailability(store: StoreRef, version: number): void;
  /** Units waiting in the location's kitchen (from kitchen). */
  kitchenLoad(tenantId: string, locationId: string): Promise<number>;
  /** Queues telling the marketplace a status (after commit). */
  queueStatus(orderId: string, status: StatusUpdate): void;
}

/** A store as its jobs name it: which, and whose (the console shows a failed job to its tenant). */
export type StoreRef = Pick<
  MarketplaceStore,
  'marketplace' | 'storeId' | 'tenantId' | 'locationId'
>;
