import { z } from 'zod';
import { defineEvent, type EventOf } from '../../define-event';
import { Id } from '../../shared/ids';

/** An operator gave up on fiscalizing a paid bill and asks billing to give the money back. */
export const PosRefundRequestedV1 = defineEvent({
  type: 'pos.refund-requested.v1',
  aggregate: 'fiscal-push',
  description:
    'A paid bill that cannot reach the fiscal POS is to be refunded in full. Billing refunds its online (Mollie) payments; payments at the table need the till and are left to staff.',
  payload: z.object({
    pushId: Id,
    orderId: Id,
    billId: Id,
    reason: z.string().min(1),
    /** `user:<id>` of the operator. */
    requestedBy: z.string().min(1),
    requestedAt: z.iso.datetime(),
  }),
});
export type PosRefundRequestedV1 = EventOf<typeof PosRefundRequestedV1>;
