import { z } from 'zod';
import { OrderLine } from '../../events/orders/order-line';
import { Id } from '../../shared/ids';
import { Money } from '../../shared/money';
import { defineRoute } from '../define-route';

/** billing's view of an order: what there is to pay, built from order events. */
export const BillableOrderResponse = z
  .object({
    orderId: Id,
    locationId: Id,
    orderNumber: z.number().int(),
    lines: z.array(OrderLine),
    total: Money,
    placedAt: z.iso.datetime(),
  })
  .meta({ id: 'BillableOrder' });
export type BillableOrderResponse = z.infer<typeof BillableOrderResponse>;

export const getBillableOrderRoute = defineRoute({
  method: 'get',
  path: '/v1/billable-orders/:orderId',
  summary: "billing's view of an order (lines, price and tax snapshots, total)",
  tag: 'billing',
  request: { params: z.object({ orderId: Id }) },
  response: { status: 200, description: 'The billable order', body: BillableOrderResponse },
  problems: [],
});
