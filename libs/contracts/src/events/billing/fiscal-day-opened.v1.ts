import { z } from 'zod';
import { defineEvent, type EventOf } from '../../define-event';
import { Id } from '../../shared/ids';

/** A location's fiscal day began: by a manager, or by the first sale when nobody opened one. */
export const FiscalDayOpenedV1 = defineEvent({
  type: 'fiscal-day.opened.v1',
  aggregate: 'fiscal-day',
  description:
    "A location's fiscal day was opened (numbers are gapless per location); sales, payments and register sessions now belong to it.",
  payload: z.object({
    fiscalDayId: Id,
    number: z.number().int().min(1),
    /** The local date at the location when it was opened. */
    businessDate: z.iso.date(),
    /** `user:<id>`, or `system:first-sale`. */
    openedBy: z.string(),
    openedAt: z.iso.datetime(),
  }),
});
export type FiscalDayOpenedV1 = EventOf<typeof FiscalDayOpenedV1>;
