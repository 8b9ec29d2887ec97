import type { PosRefundRequestedV1 } from '@brigade/contracts';
import type { StaffActor } from '@brigade/core';
import type { BillingDeps } from '../ports';
import { refundAtProvider, reserveRefund } from './refund-payment';

/**
 * An operator gave up on fiscalizing a paid bill: what is left of each of its Mollie
 * payments is refunded. The refunds are written in the message's inbox transaction, each
 * keyed by the request and the payment, so a redelivery reserves nothing twice; Mollie is
 * asked after commit, and should that be cut off, reconciliation resumes them with their
 * own keys. Cash and card payments need the till and are left to staff.
 */
export async function refundUnfiscalizedBill(
  deps: BillingDeps,
  event: PosRefundRequestedV1,
): Promise<void> {
  const { billId, pushId, reason, requestedBy } = event.payload;
  const operator: StaffActor = {
    kind: 'staff',
    tenantId: event.tenantId,
    userId: requestedBy.replace(/^user:/, ''),
    roles: ['admin'],
    locationIds: [event.locationId],
  };
  for (const paid of await deps.payments.listByBill(billId)) {
    if (paid.method !== 'mollie' || paid.status !== 'paid') continue;
    const left = paid.amountMinor + paid.tipMinor - paid.refundedMinor;
    if (left <= 0) continue;
    const key = `pos-refund-${pushId}-${paid.id}`;
    const { refund, payment } = await reserveRefund(
      deps,
      operator,
      paid.id,
      { amountMinor: left, reason: `Not fiscalized: ${reason}`.slice(0, 200), method: 'mollie' },
      { key, hash: key },
      undefined,
    );
    if (refund.status === 'creating') {
      deps.afterCommit(() => {
        refundAtProvider(deps, payment, refund).catch(() => undefined);
      });
    }
  }
}
