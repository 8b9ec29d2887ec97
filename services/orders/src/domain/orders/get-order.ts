import type { OrdersDeps } from '../ports';
import type { Order } from './order';
import { OrderNotFoundError } from './order.errors';

export async function getOrder(deps: OrdersDeps, orderId: string): Promise<Order> {
  const order = await deps.orders.find(orderId);
  if (!order) throw new OrderNotFoundError();
  return order;
}
