import type { ListOrdersQuery, PageQuery } from '@brigade/contracts';
import { canAccess, ForbiddenError, type Actor } from '@brigade/core';
import type { z } from 'zod';
import type { OrdersDeps } from '../ports';
import type { Order } from './order';
import type { OrderLogEntry } from './order-change';
import { OrderNotFoundError } from './order.errors';

/** Another tenant's (or location's) order answers exactly like a missing one. */
export async function getOrder(deps: OrdersDeps, caller: Actor, orderId: string): Promise<Order> {
  const order = await deps.orders.find(orderId);
  if (!order || !canAccess(caller, order)) throw new OrderNotFoundError();
  return order;
}

/** Orders of the caller's locations, newest first; staff only. */
export async function listOrders(
  deps: OrdersDeps,
  caller: Actor,
  query: z.infer<typeof ListOrdersQuery>,
  before: string | undefined,
): Promise<Order[]> {
  if (caller.kind !== 'staff') throw new ForbiddenError('Only staff list orders');
  return deps.orders.list({
    tenantId: caller.tenantId,
    locationIds: caller.locationIds,
    locationId: query.locationId,
    statuses: query.status,
    tableSessionId: query.tableSessionId,
    before,
    limit: query.limit + 1,
  });
}

/** The order's event log, oldest first; staff only. */
export async function orderLog(
  deps: OrdersDeps,
  caller: Actor,
  orderId: string,
  page: PageQuery,
  afterVersion: number,
): Promise<OrderLogEntry[]> {
  if (caller.kind !== 'staff') throw new OrderNotFoundError();
  await getOrder(deps, caller, orderId);
  return deps.orders.listLog(orderId, afterVersion, page.limit + 1);
}
