import { z } from 'zod';
import { defineEvent, type EventOf } from '../../define-event';
import { Id } from '../../shared/ids';
import { Money } from '../../shared/money';
import { CompReason } from '../../shared/reasons';

/** A line was made free by a manager: still cooked and counted, no longer charged. */
export const OrderItemCompedV1 = defineEvent({
  type: 'order.item-comped.v1',
  aggregate: 'order',
  description:
    'Items were comped (free but counted). Billing stops charging them; reports count them.',
  payload: z.object({
    orderId: Id,
    orderNumber: z.number().int().min(1),
    lineId: Id,
    quantity: z.number().int().min(1),
    /** The comped line: `lineId` itself, or a new line split off it when only some were comped. */
    compedLineId: Id,
    /** What the comped items would have cost. */
    value: Money,
    reason: CompReason,
    note: z.string().nullable(),
    compedBy: z.string().min(1),
    approvedBy: Id.nullable(),
    total: Money,
    compedAt: z.iso.datetime(),
  }),
});
export type OrderItemCompedV1 = EventOf<typeof OrderItemCompedV1>;
