import { FiscalReceipt } from '../../events/pos/fiscal-receipt';
import { z } from 'zod';
import { Id } from '../../shared/ids';
import { Money, TaxRateBps } from '../../shared/money';
import { defineRoute } from '../define-route';

const billCount = z.number().int().min(1).max(20);

/** How an order's charged lines are shared between bills. */
export const SplitPlanRequest = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('whole') }),
    z.object({ kind: z.literal('items'), bills: z.array(z.array(Id).min(1)).min(1).max(20) }),
    z.object({ kind: z.literal('seats') }),
    z.object({ kind: z.literal('equal'), count: billCount }),
    z.object({
      kind: z.literal('percent'),
      bps: z.array(z.number().int().min(1).max(10_000)).min(1).max(20),
    }),
    z.object({ kind: z.literal('courses') }),
    z.object({
      kind: z.literal('quantities'),
      bills: billCount,
      /** Per line, the parts each bill takes: units of it, or shares of one bottle. */
      lines: z
        .array(z.object({ lineId: Id, parts: z.array(z.number().int().min(0).max(99)) }))
        .max(500),
      /** The bill that takes every line not named. */
      rest: z.number().int().min(0),
    }),
  ])
  .meta({ id: 'SplitPlan' });
export type SplitPlanRequest = z.infer<typeof SplitPlanRequest>;

export const BillResponse = z
  .object({
    id: Id,
    orderId: Id,
    /** Gapless per location and year: `number`/`year`. */
    number: z.number().int(),
    year: z.number().int(),
    label: z.string(),
    status: z.enum(['open', 'paid', 'voided']),
    lines: z.array(
      z.object({
        lineId: Id,
        amount: Money,
        share: z.object({ parts: z.number().int(), of: z.number().int() }),
        taxRateBps: TaxRateBps,
      }),
    ),
    /** The lines' sum; `total` = subtotal − discount + service charge. */
    subtotal: Money,
    discount: Money,
    serviceCharge: Money,
    serviceChargeBps: z.number().int(),
    total: Money,
    taxes: z.array(z.object({ rateBps: TaxRateBps, amount: Money })),
    fiscalDayId: Id.nullable(),
    paidAt: z.iso.datetime().nullable(),
    /** The fiscal register's TSE-signed receipt, once the bill was fiscalized. */
    fiscalReceipt: FiscalReceipt.nullable(),
    /** The order version it was split from; a later change makes it stale. */
    orderVersion: z.number().int(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'Bill' });
export type BillResponse = z.infer<typeof BillResponse>;

export const BillsResponse = z
  .object({ items: z.array(BillResponse), stale: z.boolean() })
  .meta({ id: 'Bills' });

const orderParams = z.object({ orderId: Id });

export const splitIntoBillsRoute = defineRoute({
  method: 'post',
  path: '/v1/orders/:orderId/bills',
  summary:
    'Split the order into bills (by items, seats, equally, percent, courses or quantities); open bills of an earlier split are voided. The bills add up to the order total to the cent, tax per rate included.',
  tag: 'billing',
  request: { params: orderParams, body: SplitPlanRequest },
  response: { status: 201, description: 'The new bills', body: BillsResponse },
  problems: ['split-invalid', 'order-not-billable'],
});

export const listBillsRoute = defineRoute({
  method: 'get',
  path: '/v1/orders/:orderId/bills',
  summary: 'The bills of an order (voided ones included); `stale` when the order changed since',
  tag: 'billing',
  request: { params: orderParams },
  response: { status: 200, description: 'The bills', body: BillsResponse },
  problems: [],
});

export const AdjustBillRequest = z
  .object({
    /** Replaces the bill's discount; `null` removes it. */
    discount: z
      .union([
        z.object({ percentBps: z.number().int().min(1).max(10_000) }),
        z.object({ amountMinor: z.number().int().min(1).max(10_000_000) }),
      ])
      .nullable()
      .optional(),
    /** Takes the automatic service charge off (or puts it back with false). */
    waiveServiceCharge: z.boolean().optional(),
    reason: z.string().trim().min(3).max(200),
  })
  .meta({ id: 'AdjustBillRequest' });
export type AdjustBillRequest = z.infer<typeof AdjustBillRequest>;

export const adjustBillRoute = defineRoute({
  method: 'post',
  path: '/v1/bills/:billId/adjustments',
  summary:
    "Discount a bill (percent or amount) or waive its service charge, before anything is paid on it. A discount above the location's threshold, or waiving the service charge, takes a manager or a manager's approval (action `discount`, subject the bill).",
  tag: 'billing',
  request: { params: z.object({ billId: Id }), body: AdjustBillRequest },
  response: { status: 200, description: 'The adjusted bill', body: BillResponse },
  problems: ['bill-not-open', 'bill-has-payments', 'approval-required'],
});
