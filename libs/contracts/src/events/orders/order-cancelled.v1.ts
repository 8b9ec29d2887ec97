import { z } from 'zod';
import { defineEvent, type EventOf } from '../../define-event';
import { Id } from '../../shared/ids';
import { VoidReason } from '../../shared/reasons';

/** A whole order was cancelled (its lines were voided one by one before this event). */
export const OrderCancelledV1 = defineEvent({
  type: 'order.cancelled.v1',
  aggregate: 'order',
  description:
    'An order was cancelled, or emptied by a merge into another (`mergedIntoOrderId`). Nothing of it is charged.',
  payload: z.object({
    orderId: Id,
    orderNumber: z.number().int().min(1),
    reason: VoidReason.or(z.literal('merged')),
    note: z.string().nullable(),
    mergedIntoOrderId: Id.nullable(),
    cancelledBy: z.string().min(1),
    approvedBy: Id.nullable(),
    cancelledAt: z.iso.datetime(),
  }),
});
export type OrderCancelledV1 = EventOf<typeof OrderCancelledV1>;
