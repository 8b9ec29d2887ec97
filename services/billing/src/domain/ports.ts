import type { Envelope } from '@brigade/contracts';
import type { Clock } from '@brigade/core';
import type { BillRepository } from './bills/ports';
import type { PaymentProvider, PaymentRepository } from './payments/ports';
import type { FiscalDayRepository } from './fiscal-days/fiscal-day';
import type { RegisterRepository } from './registers/ports';
import type { BillingSettingsRepository } from './settings/billing-settings';
import type { ZReportSource } from './z-report/z-figures';
import type { BillableOrder } from './orders/billable-order';

export interface BillableOrderRepository {
  /** Stores a new view; false when the order has one already (nothing changes then). */
  insert(order: BillableOrder): Promise<boolean>;
  /** The view, locked until the transaction ends: one order's events apply one at a time. */
  lock(orderId: string): Promise<BillableOrder | undefined>;
  /** Writes back a view read with `lock`. */
  save(order: BillableOrder): Promise<void>;
  find(orderId: string): Promise<BillableOrder | undefined>;
}

export interface BillingDeps {
  billableOrders: BillableOrderRepository;
  bills: BillRepository;
  payments: PaymentRepository;
  billingSettings: BillingSettingsRepository;
  fiscalDays: FiscalDayRepository;
  registers: RegisterRepository;
  zReports: ZReportSource;
  /** Mollie. */
  provider: PaymentProvider;
  /** Checks a manager's approval token (403 `approval-required` when it does not fit). */
  approvals: {
    verify(
      token: string | undefined,
      expected: { tenantId: string; action: string; subjectId: string },
    ): Promise<unknown>;
  };
  clock: Clock;
  newId(): string;
  outbox: { add(events: Envelope[]): Promise<void> };
  /** Runs `fn` in a transaction, joining the one already open (a consumer's inbox transaction). */
  transaction<T>(fn: () => Promise<T>): Promise<T>;
  /** Runs `fn` once the open transaction commits (at once outside one). */
  afterCommit(fn: () => void): void;
}
