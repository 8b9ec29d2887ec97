import { z } from 'zod';
import { defineEvent, type EventOf } from '../../define-event';
import { Id } from '../../shared/ids';
import { Money } from '../../shared/money';
import { VoidReason } from '../../shared/reasons';

/**
 * A line (or part of it) was taken off an order: a void before it was fired, a cancel after.
 * kitchen stops or strikes it; billing stops charging it.
 */
export const OrderItemVoidedV1 = defineEvent({
  type: 'order.item-voided.v1',
  aggregate: 'order',
  description:
    'Items were voided (before fire) or cancelled (after fire, with a manager). Kitchen strikes them, billing stops charging them.',
  payload: z.object({
    orderId: Id,
    orderNumber: z.number().int().min(1),
    lineId: Id,
    productId: Id,
    name: z.string().min(1),
    /** How many were taken off. */
    quantity: z.number().int().min(1),
    /**
     * The cancelled line holding them: `lineId` itself when the whole line went; a new line
     * split off it when only some did (then `lineId` keeps the rest).
     */
    voidedLineId: Id,
    /** Whether the kitchen had it already (a cancel) or not (a void). */
    afterFire: z.boolean(),
    reason: VoidReason,
    note: z.string().nullable(),
    voidedBy: z.string().min(1),
    approvedBy: Id.nullable(),
    /** The order's total after this. */
    total: Money,
    voidedAt: z.iso.datetime(),
  }),
});
export type OrderItemVoidedV1 = EventOf<typeof OrderItemVoidedV1>;
