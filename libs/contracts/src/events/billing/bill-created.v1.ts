import { z } from 'zod';
import { defineEvent, type EventOf } from '../../define-event';
import { Id } from '../../shared/ids';
import { Money, TaxRateBps } from '../../shared/money';

/** A bill was made for (part of) an order; its number is gapless per location and year. */
export const BillCreatedV1 = defineEvent({
  type: 'bill.created.v1',
  aggregate: 'bill',
  description:
    'A bill was created for an order (a split check); voided ones are not announced again.',
  payload: z.object({
    billId: Id,
    orderId: Id,
    number: z.number().int().min(1),
    year: z.number().int(),
    total: Money,
    taxes: z.array(z.object({ rateBps: TaxRateBps, amount: Money })),
    /** Bills of the same order voided by this split. */
    replacesBillIds: z.array(Id),
    createdAt: z.iso.datetime(),
  }),
});
export type BillCreatedV1 = EventOf<typeof BillCreatedV1>;
