import { z } from 'zod';
import { Id } from '../../shared/ids';
import { defineRoute } from '../define-route';
import { PageQuery, pageOf } from '../pagination';
import { OrderResponse, OrderStatus } from './order';

export const ListOrdersQuery = PageQuery.extend({
  locationId: Id.optional(),
  /** One status or several, comma-separated. */
  status: z
    .string()
    .transform((s) => s.split(','))
    .pipe(z.array(OrderStatus))
    .optional(),
  tableSessionId: Id.optional(),
});

export const listOrdersRoute = defineRoute({
  method: 'get',
  path: '/v1/orders',
  summary: 'Orders of the caller’s locations, newest first (staff)',
  tag: 'orders',
  request: { query: ListOrdersQuery },
  response: {
    status: 200,
    description: 'One page of orders',
    body: pageOf(OrderResponse, 'OrderPage'),
  },
  problems: [],
});

export const OrderLogEntryResponse = z
  .object({
    version: z.number().int(),
    type: z.string(),
    actor: z.string(),
    approvedBy: Id.nullable(),
    reason: z.string().nullable(),
    data: z.record(z.string(), z.unknown()),
    at: z.iso.datetime(),
  })
  .meta({ id: 'OrderLogEntry' });

export const orderEventsRoute = defineRoute({
  method: 'get',
  path: '/v1/orders/:orderId/events',
  summary: 'The order’s append-only event log: every change, who made it, who approved it, why',
  tag: 'orders',
  request: { params: z.object({ orderId: Id }), query: PageQuery },
  response: {
    status: 200,
    description: 'One page of the log, oldest first',
    body: pageOf(OrderLogEntryResponse, 'OrderLogPage'),
  },
  problems: [],
});
