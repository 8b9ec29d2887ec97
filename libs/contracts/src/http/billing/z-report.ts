import { z } from 'zod';
import { Channel } from '../../shared/channel';
import { Id } from '../../shared/ids';
import { Currency, Money, TaxRateBps } from '../../shared/money';

const count = z.number().int().min(0);
const BillNumber = z.object({ year: z.number().int(), number: z.number().int() });

/** One register session's cash: what it should hold, what was counted, and the difference. */
export const ZReportRegisterSession = z.object({
  sessionId: Id,
  registerId: Id,
  registerName: z.string(),
  status: z.enum(['open', 'closed']),
  openingFloat: Money,
  cashSales: Money,
  cashRefunds: Money,
  cashIn: Money,
  cashOut: Money,
  safeDrops: Money,
  tipsOut: Money,
  expected: Money,
  counted: Money.nullable(),
  difference: Money.nullable(),
  differenceReason: z.string().nullable(),
});

/**
 * The day's figures. Sales are the day's bills that are paid or still open (voided ones are
 * not); payments count when paid, refunds when refunded. Fixed at close and never recomputed.
 */
export const ZReport = z
  .object({
    /** false: the running X report of a day still open. */
    final: z.boolean(),
    fiscalDay: z.object({
      id: Id,
      number: z.number().int(),
      locationId: Id,
      businessDate: z.iso.date(),
      openedAt: z.iso.datetime(),
      openedBy: z.string(),
      closedAt: z.iso.datetime().nullable(),
      closedBy: z.string().nullable(),
    }),
    generatedAt: z.iso.datetime(),
    currency: Currency,
    bills: z.object({ count, first: BillNumber.nullable(), last: BillNumber.nullable() }),
    sales: z.object({
      gross: Money,
      net: Money,
      tax: Money,
      byTaxRate: z.array(z.object({ rateBps: TaxRateBps, gross: Money, net: Money, tax: Money })),
    }),
    discounts: Money,
    serviceCharges: Money,
    payments: z.array(
      z.object({
        method: z.enum(['mollie', 'cash', 'card', 'marketplace']),
        count,
        amount: Money,
        tips: Money,
      }),
    ),
    refunds: z.array(z.object({ method: z.enum(['mollie', 'cash']), count, amount: Money })),
    tips: Money,
    /** Sales per channel the lines were ordered through, each bill shared by its lines. */
    byChannel: z.array(z.object({ channel: Channel, gross: Money })),
    /** Cancelled and comped lines of the orders billed on the day, at their list price. */
    voids: z.object({ count, value: Money }),
    comps: z.object({ count, value: Money }),
    registers: z.array(ZReportRegisterSession),
    cashDifference: Money,
    /** The day's bills not paid (yet). */
    openBills: z.object({ count, total: Money }),
  })
  .meta({ id: 'ZReport' });
export type ZReport = z.infer<typeof ZReport>;
