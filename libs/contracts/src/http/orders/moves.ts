import { z } from 'zod';
import { Id } from '../../shared/ids';
import { defineRoute } from '../define-route';
import { OrderResponse } from './order';

const orderParams = z.object({ orderId: Id });
const moveProblems = ['order-closed', 'line-not-found', 'line-state-invalid', 'table-not-found'];

export const TransferRequest = z
  .object({
    /** The table the lines go to: onto its tab, opened (with its session) if it has none. */
    tableId: Id,
    /** Some lines; all of them by default (the party moves). */
    lineIds: z.array(Id).min(1).max(500).optional(),
    /** Guests who move with them. */
    guestCount: z.number().int().min(1).max(50).optional(),
  })
  .meta({ id: 'TransferRequest' });

export const MoveResponse = z
  .object({ from: OrderResponse, to: OrderResponse })
  .meta({ id: 'MoveResult' });

export const transferRoute = defineRoute({
  method: 'post',
  path: '/v1/orders/:orderId/transfer',
  summary:
    'Move an order, or some of its lines, to another table’s tab. Lines keep their ids and statuses.',
  tag: 'orders',
  request: { params: orderParams, body: TransferRequest },
  response: { status: 200, description: 'Both orders after the move', body: MoveResponse },
  problems: moveProblems,
});

export const SplitRequest = z
  .object({
    tableId: Id,
    lineIds: z.array(Id).min(1).max(500),
    guestCount: z.number().int().min(1).max(50),
  })
  .meta({ id: 'SplitRequest' });

export const splitRoute = defineRoute({
  method: 'post',
  path: '/v1/orders/:orderId/split',
  summary: 'Split a party: some guests and their lines move to another table and tab',
  tag: 'orders',
  request: { params: orderParams, body: SplitRequest },
  response: { status: 200, description: 'Both orders after the split', body: MoveResponse },
  problems: moveProblems,
});

export const MergeRequest = z
  .object({ orderIds: z.array(Id).min(1).max(20) })
  .meta({ id: 'MergeRequest' });

export const mergeRoute = defineRoute({
  method: 'post',
  path: '/v1/orders/:orderId/merge',
  summary:
    'Merge other orders (tables pushed together) into this parent order: their lines and guests move here, they end as cancelled (merged), and their tables join this table session.',
  tag: 'orders',
  request: { params: orderParams, body: MergeRequest },
  response: { status: 200, description: 'The parent order', body: OrderResponse },
  problems: ['order-closed', 'order-merge-invalid'],
});
export type TransferRequest = z.infer<typeof TransferRequest>;
export type SplitRequest = z.infer<typeof SplitRequest>;
export type MergeRequest = z.infer<typeof MergeRequest>;
