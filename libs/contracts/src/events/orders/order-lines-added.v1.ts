import { z } from 'zod';
import { defineEvent, type EventOf } from '../../define-event';
import { Id } from '../../shared/ids';
import { Money } from '../../shared/money';
import { OrderLine } from './order-line';

/** A later round: lines added to an open order (a tab). Consumed by billing. */
export const OrderLinesAddedV1 = defineEvent({
  type: 'order.lines-added.v1',
  aggregate: 'order',
  description: 'A round of lines was added to an existing order, priced by the server.',
  payload: z.object({
    orderId: Id,
    orderNumber: z.number().int().min(1),
    round: z.number().int().min(1),
    lines: z.array(OrderLine).min(1),
    /** The order's total after this round. */
    total: Money,
    addedAt: z.iso.datetime(),
  }),
});
export type OrderLinesAddedV1 = EventOf<typeof OrderLinesAddedV1>;
