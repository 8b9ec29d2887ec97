import type { StatusUpdate } from '../marketplace';
import { needsAttention } from '../orders/attention';
import type { DeliveryDeps } from '../ports';

/**
 * One attempt at telling the marketplace: an update already sent is never sent again; a
 * failure is counted and retried with back-off (the marketplace being down), and after the
 * last attempt the update stays `failed` for the console.
 */
export async function sendStatus(
  deps: DeliveryDeps,
  orderId: string,
  status: StatusUpdate,
  last: boolean,
): Promise<'sent' | 'already-sent' | 'unknown'> {
  const order = await deps.marketplaces.findOrder(orderId);
  const pending = await deps.transaction(async () => {
    const row = await deps.statusUpdates.lock(orderId, status);
    if (!row || row.state !== 'pending') return row;
    const attempt = { ...row, attempts: row.attempts + 1 };
    await deps.statusUpdates.save(attempt);
    return attempt;
  });
  if (!order || !pending) return 'unknown';
  if (pending.state !== 'pending') return 'already-sent';
  try {
    await deps.apis[order.marketplace].sendStatus(order.marketplaceOrderId, status, pending.reason);
  } catch (err) {
    const lastError = err instanceof Error ? err.message : String(err);
    await deps.transaction(async () => {
      await deps.statusUpdates.save({ ...pending, lastError, state: last ? 'failed' : 'pending' });
      if (last) {
        const detail = `${order.marketplace} never heard "${status}": ${lastError}`;
        await deps.outbox.add([needsAttention(order, 'status-failed', detail, deps.clock.now())]);
      }
    });
    throw err;
  }
  await deps.statusUpdates.save({
    ...pending,
    state: 'sent',
    lastError: null,
    sentAt: deps.clock.now(),
  });
  return 'sent';
}
