import { z } from 'zod';
import { defineEvent, type EventOf } from '../../define-event';
import { Id } from '../../shared/ids';
import { Money } from '../../shared/money';

/** A bill is paid in full by its payments (tips not counted toward it). */
export const BillPaidV1 = defineEvent({
  type: 'bill.paid.v1',
  aggregate: 'bill',
  description: 'A bill is paid in full. Published once per bill.',
  payload: z.object({
    billId: Id,
    orderId: Id,
    number: z.number().int().min(1),
    year: z.number().int(),
    total: Money,
    tips: Money,
    paymentIds: z.array(Id),
    paidAt: z.iso.datetime(),
  }),
});
export type BillPaidV1 = EventOf<typeof BillPaidV1>;
