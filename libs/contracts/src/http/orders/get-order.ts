import { z } from 'zod';
import { Id } from '../../shared/ids';
import { defineRoute } from '../define-route';
import { OrderResponse } from './order';

export const getOrderRoute = defineRoute({
  method: 'get',
  path: '/v1/orders/:orderId',
  summary: 'Read one order',
  tag: 'orders',
  request: { params: z.object({ orderId: Id }) },
  response: { status: 200, description: 'The order', body: OrderResponse },
  problems: [],
});
