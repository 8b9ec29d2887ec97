import { z } from 'zod';
import { defineEvent, type EventOf } from '../../define-event';
import { OrderType } from '../../shared/channel';
import { Id } from '../../shared/ids';
import { Money } from '../../shared/money';

/**
 * Lines moved from one order to another (a transfer to another table, tables merged, a
 * party split). The lines keep their ids: each exists exactly once, on the target now.
 */
export const OrderLinesMovedV1 = defineEvent({
  type: 'order.lines-moved.v1',
  aggregate: 'order',
  description:
    'Lines moved between orders (transfer, merge, split); they keep their ids. Billing moves them to the target order.',
  payload: z.object({
    kind: z.enum(['transfer', 'merge', 'split']),
    fromOrderId: Id,
    toOrderId: Id,
    toOrderNumber: z.number().int().min(1),
    toTableLabel: z.string().nullable(),
    /** The target was opened by this move (a table without a tab): create its view from here. */
    toOrderIsNew: z.boolean(),
    toOrderType: OrderType,
    lineIds: z.array(Id).min(1),
    fromTotal: Money,
    toTotal: Money,
    movedBy: z.string().min(1),
    movedAt: z.iso.datetime(),
  }),
});
export type OrderLinesMovedV1 = EventOf<typeof OrderLinesMovedV1>;
