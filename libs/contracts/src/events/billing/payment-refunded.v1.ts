import { z } from 'zod';
import { defineEvent, type EventOf } from '../../define-event';
import { Id } from '../../shared/ids';
import { Money } from '../../shared/money';

/** Money went back to the guest (Mollie accepted the refund, or cash left the register). */
export const PaymentRefundedV1 = defineEvent({
  type: 'payment.refunded.v1',
  aggregate: 'payment',
  description:
    'A refund of a payment was made: accepted by Mollie, or paid out in cash. `refundedTotal` is all refunded so far.',
  payload: z.object({
    refundId: Id,
    paymentId: Id,
    billId: Id,
    orderId: Id,
    method: z.enum(['mollie', 'cash']),
    amount: Money,
    refundedTotal: Money,
    reason: z.string(),
    fiscalDayId: Id,
    at: z.iso.datetime(),
  }),
});
export type PaymentRefundedV1 = EventOf<typeof PaymentRefundedV1>;
