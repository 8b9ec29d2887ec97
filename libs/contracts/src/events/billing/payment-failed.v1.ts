import { z } from 'zod';
import { defineEvent, type EventOf } from '../../define-event';
import { Id } from '../../shared/ids';
import { Money } from '../../shared/money';

/** An online payment ended without money: the bill is still due. */
export const PaymentFailedV1 = defineEvent({
  type: 'payment.failed.v1',
  aggregate: 'payment',
  description:
    'An online payment ended failed, canceled or expired; the bill stays due. Published once per payment.',
  payload: z.object({
    paymentId: Id,
    billId: Id,
    orderId: Id,
    amount: Money,
    status: z.enum(['failed', 'canceled', 'expired']),
    molliePaymentId: z.string().nullable(),
    at: z.iso.datetime(),
  }),
});
export type PaymentFailedV1 = EventOf<typeof PaymentFailedV1>;
