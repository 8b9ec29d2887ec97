import type { OrderPaidV1 } from '@brigade/contracts';
import type { Logger } from '@brigade/core';
import type { OrdersDeps } from '../ports';
import { changeOrder } from './commit-change';

/**
 * billing settled every bill: the order is paid, and the table session ends when no other
 * tab is open there (the table turns dirty until someone clears it).
 */
export async function markPaid(
  deps: OrdersDeps,
  log: Logger,
  paid: OrderPaidV1['payload'],
): Promise<void> {
  await deps.transaction(async () => {
    const { order } = await changeOrder(deps, 'service:billing', paid.orderId, (change) => {
      const { order } = change;
      if (order.status === 'paid') return;
      if (order.status === 'cancelled') {
        log.warn({ orderId: order.id }, 'billing reports a cancelled order paid; left cancelled');
        return;
      }
      order.status = 'paid';
      change.record('order.paid', { paid: paid.paid, paidAt: paid.paidAt });
    });
    if (order.status === 'paid' && order.tableSessionId) {
      await deps.tableSessions.closeIfSettled(order.tableSessionId, 'service:billing');
    }
  });
}
