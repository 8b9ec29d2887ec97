import type { BillableOrder } from './orders/billable-order';

export interface BillableOrderRepository {
  /** Stores or refreshes the view; an older order version never overwrites a newer one. */
  upsert(order: BillableOrder): Promise<void>;
  find(orderId: string): Promise<BillableOrder | undefined>;
}

export interface BillingDeps {
  billableOrders: BillableOrderRepository;
}
