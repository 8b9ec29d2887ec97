import { z } from 'zod';
import { Id } from '../../shared/ids';
import { CompReason, VoidReason } from '../../shared/reasons';
import { defineRoute } from '../define-route';
import { OrderResponse } from './order';

const lineParams = z.object({ orderId: Id, lineId: Id });
const note = z.string().trim().min(1).max(300);

export const VoidLineRequest = z
  .object({
    reason: VoidReason,
    note: note.optional(),
    /** Only some of the line's units; all of them by default. */
    quantity: z.number().int().min(1).max(99).optional(),
  })
  .meta({ id: 'VoidLineRequest' });

export const voidLineRoute = defineRoute({
  method: 'post',
  path: '/v1/orders/:orderId/lines/:lineId/void',
  summary:
    'Take a line (or some units) off the order. Before it is fired any waiter may; after, it is a cancel: a manager, or a waiter with header X-Manager-Approval (action cancel-item, subject the line id). Stock comes back, the kitchen is told, billing stops charging it.',
  tag: 'orders',
  request: { params: lineParams, body: VoidLineRequest },
  response: { status: 200, description: 'The order', body: OrderResponse },
  problems: ['order-closed', 'line-not-found', 'line-state-invalid', 'approval-required'],
});

export const CompLineRequest = z
  .object({
    reason: CompReason,
    note: note.optional(),
    quantity: z.number().int().min(1).max(99).optional(),
  })
  .meta({ id: 'CompLineRequest' });

export const compLineRoute = defineRoute({
  method: 'post',
  path: '/v1/orders/:orderId/lines/:lineId/comp',
  summary:
    'Make a line (or some units) free: still cooked and counted, not charged. A manager, or a waiter with X-Manager-Approval (action comp-item, subject the line id).',
  tag: 'orders',
  request: { params: lineParams, body: CompLineRequest },
  response: { status: 200, description: 'The order', body: OrderResponse },
  problems: ['order-closed', 'line-not-found', 'line-state-invalid', 'approval-required'],
});

export const ServeRequest = z
  .object({ lineIds: z.array(Id).min(1).max(500) })
  .meta({ id: 'ServeRequest' });

export const serveRoute = defineRoute({
  method: 'post',
  path: '/v1/orders/:orderId/serve',
  summary: 'The waiter brought these lines to the table',
  tag: 'orders',
  request: { params: z.object({ orderId: Id }), body: ServeRequest },
  response: { status: 200, description: 'The order', body: OrderResponse },
  problems: ['order-closed', 'line-not-found', 'line-state-invalid'],
});
export type VoidLineRequest = z.infer<typeof VoidLineRequest>;
export type CompLineRequest = z.infer<typeof CompLineRequest>;
export type ServeRequest = z.infer<typeof ServeRequest>;
