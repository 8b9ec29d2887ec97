import { z } from 'zod';
import { defineEvent, type EventOf } from '../../define-event';
import { Id } from '../../shared/ids';
import { Money, TaxRateBps } from '../../shared/money';

/** A fiscal day was closed by a manager, with its Z report's totals. */
export const FiscalDayClosedV1 = defineEvent({
  type: 'fiscal-day.closed.v1',
  aggregate: 'fiscal-day',
  description:
    "A location's fiscal day was closed; the payload carries its Z report totals (the full report is at GET /v1/fiscal-days/{id}/z-report).",
  payload: z.object({
    fiscalDayId: Id,
    number: z.number().int().min(1),
    businessDate: z.iso.date(),
    closedBy: z.string(),
    closedAt: z.iso.datetime(),
    /** Gross sales of the day's paid and open bills. */
    sales: Money,
    byTaxRate: z.array(z.object({ rateBps: TaxRateBps, gross: Money, net: Money, tax: Money })),
    byPaymentMethod: z.array(
      z.object({
        method: z.enum(['mollie', 'cash', 'card', 'marketplace']),
        count: z.number().int().min(0),
        amount: Money,
        tips: Money,
      }),
    ),
    tips: Money,
    refunds: Money,
    /** Counted less expected cash over the day's register sessions. */
    cashDifference: Money,
  }),
});
export type FiscalDayClosedV1 = EventOf<typeof FiscalDayClosedV1>;
