import { BillPaidV1, PaymentRefundedV1 } from '@brigade/contracts';
import { on, type Subscription } from '@brigade/messaging';
import { recordRefund } from '../domain/operator-actions';
import type { PosAdapterDeps } from '../domain/ports';
import { recordPaidBill } from '../domain/record-paid-bill';

/** Every queue pos-adapter consumes: billing's paid bills, and refunds of them. */
export const subscriptions = (deps: PosAdapterDeps): Subscription[] => [
  {
    queue: 'pos-adapter.billing-events',
    handlers: [
      on(BillPaidV1, (e) => recordPaidBill(deps, e)),
      on(PaymentRefundedV1, (e) =>
        recordRefund(deps, e.payload.billId, e.payload.amount.amountMinor),
      ),
    ],
  },
];
