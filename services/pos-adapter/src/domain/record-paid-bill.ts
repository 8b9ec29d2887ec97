import type { BillPaidV1 } from '@brigade/contracts';
import type { FiscalPush } from './fiscal-push';
import { posKeyOf } from './fiscal-push';
import { posOrderOf } from './pos-order';
import type { PosAdapterDeps } from './ports';

/**
 * A paid bill becomes one push, stored with the message's inbox row; the bill's unique
 * push makes a second `bill.paid.v1` for it (a republish, a replay) change nothing. The
 * attempt is queued after commit; if that enqueue is lost, the sweep queues it.
 */
export async function recordPaidBill(deps: PosAdapterDeps, event: BillPaidV1): Promise<void> {
  const bill = event.payload;
  const now = deps.clock.now();
  const id = deps.newId();
  const push: FiscalPush = {
    id,
    tenantId: event.tenantId,
    locationId: event.locationId,
    orderId: bill.orderId,
    billId: bill.billId,
    billNumber: bill.number,
    totalMinor: bill.total.amountMinor,
    currency: bill.total.currency,
    posOrder: posOrderOf(bill),
    status: 'pending',
    generation: 0,
    posKey: posKeyOf(bill.billId, 0),
    keySent: false,
    queueJobId: id,
    attempts: 0,
    lastError: null,
    failure: null,
    posOrderId: null,
    posStatus: null,
    receipt: null,
    fiscalizedAt: null,
    refundedMinor: 0,
    lastPolledAt: null,
    createdAt: now,
    updatedAt: now,
  };
  if (await deps.pushes.insertIfNew(push)) deps.queuePush(push);
}
