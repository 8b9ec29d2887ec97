import { z } from 'zod';
import { OrderLine } from '../../events/orders/order-line';
import { OrderType } from '../../shared/channel';
import { Id } from '../../shared/ids';
import { Money } from '../../shared/money';
import { defineRoute } from '../define-route';

/** One line as billing sees it: the priced order line, its state and what it adds to the total. */
export const BillableLine = OrderLine.extend({
  /** `cancelled`: voided units, kept for the record and not charged. */
  status: z.enum(['active', 'cancelled']),
  /** What the line adds to the total: nothing when cancelled or comped. */
  charged: Money,
}).meta({ id: 'BillableLine' });
export type BillableLine = z.infer<typeof BillableLine>;

/** billing's view of an order: what there is to pay, built from order events. */
export const BillableOrderResponse = z
  .object({
    orderId: Id,
    locationId: Id,
    orderNumber: z.number().int(),
    /** `cancelled`: cancelled, or emptied into `mergedIntoOrderId` by a merge; nothing is charged. */
    status: z.enum(['open', 'cancelled']),
    /** Null for orders billing saw before it kept the type. */
    type: OrderType.nullable(),
    tableLabel: z.string().nullable(),
    customerName: z.string().nullable(),
    alias: z.string().nullable(),
    guestCount: z.number().int().min(1).nullable(),
    mergedIntoOrderId: Id.nullable(),
    /** Every line, cancelled and comped ones included, in the order's own order. */
    lines: z.array(BillableLine),
    /** The charged sum of the lines: the order's total in orders. */
    total: Money,
    /** The newest order version this view has applied. */
    version: z.number().int().min(0),
    placedAt: z.iso.datetime(),
  })
  .meta({ id: 'BillableOrder' });
export type BillableOrderResponse = z.infer<typeof BillableOrderResponse>;

export const getBillableOrderRoute = defineRoute({
  method: 'get',
  path: '/v1/billable-orders/:orderId',
  summary: "billing's view of an order (lines with their state, price and tax snapshots, total)",
  tag: 'billing',
  request: { params: z.object({ orderId: Id }) },
  response: { status: 200, description: 'The billable order', body: BillableOrderResponse },
  problems: [],
});
