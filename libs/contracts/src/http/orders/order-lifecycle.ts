import { z } from 'zod';
import { Id } from '../../shared/ids';
import { VoidReason } from '../../shared/reasons';
import { defineRoute } from '../define-route';
import { OrderResponse } from './order';

const orderParams = z.object({ orderId: Id });

export const CancelOrderRequest = z
  .object({ reason: VoidReason, note: z.string().trim().min(1).max(300).optional() })
  .meta({ id: 'CancelOrderRequest' });

export const cancelOrderRoute = defineRoute({
  method: 'post',
  path: '/v1/orders/:orderId/cancel',
  summary:
    'Cancel a whole order. With nothing fired any waiter may; otherwise a manager, or X-Manager-Approval (action cancel-order, subject the order id). A marketplace order may also be cancelled by the marketplace bridge (a storefront of channel marketplace). Every line is voided with stock back and the kitchen told.',
  tag: 'orders',
  request: { params: orderParams, body: CancelOrderRequest },
  response: { status: 200, description: 'The cancelled order', body: OrderResponse },
  problems: ['order-closed', 'approval-required'],
});

export const UpdateOrderRequest = z
  .object({
    guestCount: z.number().int().min(1).max(50).optional(),
    alias: z.string().trim().min(1).max(60).nullable().optional(),
    customerName: z.string().trim().min(1).max(60).nullable().optional(),
  })
  .meta({ id: 'UpdateOrderRequest' });

export const updateOrderRoute = defineRoute({
  method: 'patch',
  path: '/v1/orders/:orderId',
  summary: 'Change the guest count, alias or customer name of an order',
  tag: 'orders',
  request: { params: orderParams, body: UpdateOrderRequest },
  response: { status: 200, description: 'The order', body: OrderResponse },
  problems: ['order-closed'],
});
export type CancelOrderRequest = z.infer<typeof CancelOrderRequest>;
export type UpdateOrderRequest = z.infer<typeof UpdateOrderRequest>;
