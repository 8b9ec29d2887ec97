import { canAccess, NotFoundError, type Actor } from '@brigade/core';
import type { BillingDeps } from '../ports';
import type { BillableOrder } from './billable-order';

export async function getBillableOrder(
  deps: BillingDeps,
  caller: Actor,
  orderId: string,
): Promise<BillableOrder> {
  const order = await deps.billableOrders.find(orderId);
  if (!order || !canAccess(caller, order)) throw new NotFoundError('The order');
  return order;
}
