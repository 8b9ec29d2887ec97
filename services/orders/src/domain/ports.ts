import type { ApprovalAction, Envelope } from '@brigade/contracts';
import type { Clock, Role, StaffActor } from '@brigade/core';

import type { TableSessionsPort } from './floor/ports';
import type { LiveFeedPort } from './live/ports';
import type { Product } from './menu/pricing';
import type { MenuPort } from './menu/ports';
import type { StockPort } from './stock/ports';
import type { Order, OrderStatus } from './orders/order';

export interface Location {
  id: string;
  tenantId: string;
  currency: string;
}

export interface LocationRepository {
  /** The location and those of `productIds` on its menu, in one read (the hot path of placing an order). */
  findWithProducts(
    locationId: string,
    productIds: string[],
  ): Promise<{ location: Location; products: Map<string, Product> } | undefined>;
}

export interface OrderRepository {
  /**
   * Stores the order and its lines, numbered from its location's sequence (never repeated,
   * without a lock; a failed transaction may leave a gap); returns the number.
   */
  insertNumbered(order: Omit<Order, 'orderNumber'>): Promise<number>;
  find(orderId: string): Promise<Order | undefined>;
  /** Moves the status on when `from` matches; returns false when the order was elsewhere. */
  updateStatus(orderId: string, from: OrderStatus[], to: OrderStatus): Promise<boolean>;
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
  newId(): string;
  /** Runs `fn` in a transaction, joining the one already open (a consumer's inbox transaction). */
  transaction<T>(fn: () => Promise<T>): Promise<T>;
  outbox: { add(events: Envelope[]): Promise<void> };
  locations: LocationRepository;
  orders: OrderRepository;
  credentials: CredentialRepository;
  menu: MenuPort;
  tableSessions: TableSessionsPort;
  stock: StockPort;
  feed: LiveFeedPort;
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
    tokenTtlSeconds: number;
  };
}
