import type { ApprovalAction, Envelope } from '@brigade/contracts';
import type { Clock, Logger, Role, StaffActor, StorefrontActor } from '@brigade/core';
import type { TableSessionsPort } from './floor/ports';
import type { LiveFeedPort } from './live/ports';
import type { ManagementPort } from './management/ports';
import type { MenuPort } from './menu/ports';
import type { StockPort } from './stock/ports';
import type { Order, OrderStatus } from './orders/order';
import type { OrderLogEntry } from './orders/order-change';

export interface OrderListFilter {
  tenantId: string;
  /** The caller's locations; `all` for tenant-wide staff. */
  locationIds: string[] | 'all';
  locationId?: string;
  statuses?: OrderStatus[];
  tableSessionId?: string;
  /** Keyset cursor: only orders with a smaller (older) id. */
  before?: string;
  limit: number;
}

export interface OrderRepository {
  /**
   * The next number of the location's sequence: never repeated, taken without a lock (a
   * failed transaction leaves a gap, which order numbers may have).
   */
  nextOrderNumber(locationId: string): Promise<number>;
  /** Stores a new order with its lines and its first log rows. */
  insert(order: Order, log: OrderLogEntry[]): Promise<void>;
  find(orderId: string): Promise<Order | undefined>;
  /** The order, locked until the transaction ends: concurrent changes to it queue. */
  lockForChange(orderId: string): Promise<Order | undefined>;
  /**
   * The session's tab (its order neither paid nor cancelled), locked with the session; or
   * that the session closed meanwhile (no order may join it then).
   */
  lockTab(tableSessionId: string): Promise<{ sessionOpen: boolean; tab: Order | undefined }>;
  /** Writes the order, its changed lines (a moved line changes order, never id) and log rows. */
  save(order: Order, log: OrderLogEntry[]): Promise<void>;
  listLog(orderId: string, afterVersion: number, limit: number): Promise<OrderLogEntry[]>;
  /** Newest first. */
  list(filter: OrderListFilter): Promise<Order[]>;
}

export interface StaffUser {
  id: string;
  name: string;
  passwordHash: string;
  roles: Role[];
  /** Null: every location of the tenant. */
  locationIds: string[] | null;
  disabled: boolean;
}

export interface CredentialRepository {
  findStaffUser(tenantId: string, email: string): Promise<StaffUser | undefined>;
}

/** What the orders use cases need; built in app.ts. */
export interface OrdersDeps {
  clock: Clock;
  log: Logger;
  newId(): string;
  /** Runs `fn` in a transaction, joining the one already open (a consumer's inbox transaction). */
  transaction<T>(fn: () => Promise<T>): Promise<T>;
  outbox: { add(events: Envelope[]): Promise<void> };
  orders: OrderRepository;
  credentials: CredentialRepository;
  menu: MenuPort;
  tableSessions: TableSessionsPort;
  stock: StockPort;
  feed: LiveFeedPort;
  /** Tenants, locations, API keys, staff users and issued approvals (the management API). */
  management: ManagementPort;
  /** Checks a manager's approval (header `X-Manager-Approval`) for a privileged action; 403 otherwise. */
  approvals: {
    verify(
      token: string | undefined,
      expected: { tenantId: string; action: ApprovalAction; subjectId: string },
    ): Promise<{ managerId: string; approvedAt: Date }>;
  };
  auth: {
    verifyPassword(password: string, hash: string): Promise<boolean>;
    /** Checked against when the user is unknown; matches no password. */
    noUserHash: string;
    signToken(actor: Omit<StaffActor, 'kind'>): Promise<string>;
    signStorefrontToken(actor: Omit<StorefrontActor, 'kind'>): Promise<string>;
    tokenTtlSeconds: number;
  };
}
