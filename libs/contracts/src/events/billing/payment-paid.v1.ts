import { z } from 'zod';
import { defineEvent, type EventOf } from '../../define-event';
import { Id } from '../../shared/ids';
import { Money } from '../../shared/money';

/** `marketplace`: the guest paid Uber Eats, Wolt or Deliveroo, which pays the restaurant. */
export const PaymentMethod = z.enum(['mollie', 'cash', 'card', 'marketplace']);

/** Money for a bill was received: once per payment, whatever its provider repeats. */
export const PaymentPaidV1 = defineEvent({
  type: 'payment.paid.v1',
  aggregate: 'payment',
  description:
    'A payment of a bill was received (Mollie paid, cash or card at the table). Published once per payment.',
  payload: z.object({
    paymentId: Id,
    billId: Id,
    orderId: Id,
    method: PaymentMethod,
    amount: Money,
    tip: Money,
    molliePaymentId: z.string().nullable(),
    fiscalDayId: Id,
    paidAt: z.iso.datetime(),
  }),
});
export type PaymentPaidV1 = EventOf<typeof PaymentPaidV1>;
