import { z } from 'zod';
import { defineEvent, type EventOf } from '../../define-event';
import { OrderType } from '../../shared/channel';
import { Id } from '../../shared/ids';
import { Money, TaxRateBps } from '../../shared/money';
import { PaymentMethod } from './payment-paid.v1';

/** One line of a paid bill: its part of an order line (a split may leave half a unit). */
export const PaidBillLine = z.object({
  lineId: Id,
  productId: Id,
  name: z.string().min(1),
  /** Units on this bill: whole, or a share (0.5 of a pizza split in two). */
  quantity: z.number().positive(),
  amount: Money,
  taxRateBps: TaxRateBps,
  modifiers: z.array(z.string()),
});
export type PaidBillLine = z.infer<typeof PaidBillLine>;

/**
 * A bill is paid in full by its payments (tips not counted toward it). It carries what a
 * receipt shows, so the fiscal POS can sign it without asking billing; the receipt fields
 * default to empty for messages from before they existed.
 */
export const BillPaidV1 = defineEvent({
  type: 'bill.paid.v1',
  aggregate: 'bill',
  description:
    'A bill is paid in full. Published once per bill, with its lines, taxes and payments: the fiscal unit pos-adapter pushes to the POS.',
  payload: z.object({
    billId: Id,
    orderId: Id,
    number: z.number().int().min(1),
    year: z.number().int(),
    total: Money,
    tips: Money,
    paymentIds: z.array(Id),
    paidAt: z.iso.datetime(),
    orderNumber: z.number().int().min(1).nullable().default(null),
    orderType: OrderType.nullable().default(null),
    tableLabel: z.string().nullable().default(null),
    lines: z.array(PaidBillLine).default([]),
    /** Taken off the lines' sum (null: none). */
    discount: Money.nullable().default(null),
    serviceCharge: Money.nullable().default(null),
    /** VAT contained in the total, per rate. */
    taxes: z.array(z.object({ rateBps: TaxRateBps, amount: Money })).default([]),
    payments: z
      .array(z.object({ paymentId: Id, method: PaymentMethod, amount: Money, tip: Money }))
      .default([]),
  }),
});
export type BillPaidV1 = EventOf<typeof BillPaidV1>;
