import { z } from 'zod';
import { defineEvent, type EventOf } from '../../define-event';
import { Id } from '../../shared/ids';
import { FiscalReceipt } from './fiscal-receipt';

/** A paid bill reached the fiscal POS and was signed. Billing keeps the receipt on the bill. */
export const OrderFiscalizedV1 = defineEvent({
  type: 'order.fiscalized.v1',
  aggregate: 'fiscal-push',
  description:
    "A paid bill was processed by the restaurant's fiscal POS and signed by its TSE. Published once per bill; billing attaches the receipt to the bill.",
  payload: z.object({
    pushId: Id,
    orderId: Id,
    billId: Id,
    /** The POS's own id of the order. */
    posOrderId: z.string().min(1),
    receipt: FiscalReceipt,
    fiscalizedAt: z.iso.datetime(),
  }),
});
export type OrderFiscalizedV1 = EventOf<typeof OrderFiscalizedV1>;
