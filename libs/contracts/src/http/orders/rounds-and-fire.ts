import { z } from 'zod';
import { Channel } from '../../shared/channel';
import { Id } from '../../shared/ids';
import { defineRoute } from '../define-route';
import { OrderResponse } from './order';
import { LineRequest } from './place-order';

const orderParams = z.object({ orderId: Id });

export const AddRoundRequest = z
  .object({
    lines: z.array(LineRequest).min(1).max(100),
    /** Where this round comes from: a storefront's own channel; staff default to pos. */
    channel: Channel.optional(),
    /** Storefronts adding to a table's tab prove the guest is at the table with it. */
    tableSessionToken: z.string().min(16).max(200).optional(),
  })
  .meta({ id: 'AddRoundRequest' });

export const addRoundRoute = defineRoute({
  method: 'post',
  path: '/v1/orders/:orderId/rounds',
  summary: 'Add a round of lines to an open order; fired at once where the location auto-fires',
  tag: 'orders',
  idempotent: true,
  request: { params: orderParams, body: AddRoundRequest },
  response: { status: 201, description: 'The order with the new round', body: OrderResponse },
  problems: [
    'order-closed',
    'channel-mismatch',
    'product-not-found',
    'product-unavailable',
    'modifier-invalid',
    'table-session-not-found',
    'insufficient-stock',
    'order-too-large',
  ],
});

export const FireRequest = z
  .object({
    /** These lines; or */
    lineIds: z.array(Id).min(1).max(500).optional(),
    /** every unfired line of this course; or, with neither, every unfired line. */
    course: z.number().int().min(1).max(9).optional(),
  })
  .refine((r) => !(r.lineIds && r.course), {
    message: 'give lineIds or course, not both',
    path: ['course'],
  })
  .meta({ id: 'FireRequest' });

export const fireRoute = defineRoute({
  method: 'post',
  path: '/v1/orders/:orderId/fire',
  summary: 'Send held or unsent lines to the kitchen: some lines, a course, or everything',
  tag: 'orders',
  request: { params: orderParams, body: FireRequest },
  response: { status: 200, description: 'The order', body: OrderResponse },
  problems: ['order-closed', 'line-not-found', 'line-state-invalid', 'insufficient-stock'],
});
export type AddRoundRequest = z.infer<typeof AddRoundRequest>;
export type FireRequest = z.infer<typeof FireRequest>;
