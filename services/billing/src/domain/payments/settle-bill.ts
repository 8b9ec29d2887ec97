import type { Envelope } from '@brigade/contracts';
import type { BillingDeps } from '../ports';
import type { Bill } from '../bills/bill';
import type { BillableOrder } from '../orders/billable-order';
import { billPaid, orderPaid } from './payment-events';

/**
 * After a payment was received: the bill is paid once its paid payments cover its total,
 * and the order once every bill it still has is paid and together they cover the order.
 * The caller holds the order and the bill locked (in that order, like every path that
 * settles), so each of these facts is announced exactly once.
 */
export async function settleBill(
  deps: BillingDeps,
  order: BillableOrder,
  bill: Bill,
  at: Date,
): Promise<void> {
  if (bill.status !== 'open') return;
  const paid = (await deps.payments.listByBill(bill.id)).filter((p) => p.status === 'paid');
  if (paid.reduce((sum, p) => sum + p.amountMinor, 0) < bill.totalMinor) return;
  await deps.bills.markPaid(bill.id, at);
  const events: Envelope[] = [billPaid(bill, order, paid, at)];
  const bills = (await deps.bills.listByOrder(bill.orderId))
    .filter((b) => b.status !== 'voided')
    .map((b) => (b.id === bill.id ? { ...b, status: 'paid' as const } : b));
  const covered = bills.reduce((sum, b) => sum + b.subtotalMinor, 0);
  if (
    order.status === 'open' &&
    bills.every((b) => b.status === 'paid') &&
    covered >= order.totalMinor
  ) {
    events.push(
      orderPaid(
        bill,
        bills.reduce((sum, b) => sum + b.totalMinor, 0),
        at,
      ),
    );
  }
  await deps.outbox.add(events);
}
