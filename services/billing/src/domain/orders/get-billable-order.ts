import { NotFoundError } from '@brigade/core';
import type { BillingDeps } from '../ports';
import type { BillableOrder } from './billable-order';

export async function getBillableOrder(deps: BillingDeps, orderId: string): Promise<BillableOrder> {
  const order = await deps.billableOrders.find(orderId);
  if (!order) throw new NotFoundError('The order');
  return order;
}
