import { canAccess, type Actor } from '@brigade/core';
import type { OrdersDeps } from '../ports';
import type { Order } from './order';
import { OrderNotFoundError } from './order.errors';

/** Another tenant's (or location's) order answers exactly like a missing one. */
export async function getOrder(deps: OrdersDeps, caller: Actor, orderId: string): Promise<Order> {
  const order = await deps.orders.find(orderId);
  if (!order || !canAccess(caller, order)) throw new OrderNotFoundError();
  return order;
}
