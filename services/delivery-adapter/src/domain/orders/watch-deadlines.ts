import type { DeliveryDeps } from '../ports';
import { needsAttention } from './attention';
import { acceptOrder, denyOrder } from './take-order';

export interface DeadlineRules {
  /** Staff are alerted this long before the marketplace's deadline. */
  escalateBeforeMs: number;
  /** The store's fallback is applied this long before it. */
  fallbackBeforeMs: number;
}

/**
 * Marketplace orders nobody decided, as their deadline nears: first an alert (once per
 * order), then, for orders waiting on staff, the store's fallback: accept, or deny with a
 * reason; an order its store would have accepted, still untaken (orders was away), is
 * accepted now. An order waiting for its SKUs to be mapped is alerted but never decided by the
 * system (the operator knows what it is). Each order is changed under its own lock, so
 * several instances apply each step once.
 */
export async function watchDeadlines(
  deps: DeliveryDeps,
  rules: DeadlineRules,
): Promise<{ escalated: number; decided: number }> {
  const now = deps.clock.now().getTime();
  const due = await deps.marketplaces.undecided({
    statuses: ['received', 'awaiting-acceptance', 'needs-mapping'],
    deadlineBefore: new Date(now + rules.escalateBeforeMs),
    notEscalated: true,
    limit: 200,
  });
  let escalated = 0;
  for (const order of due) {
    const done = await deps.transaction(async () => {
      const locked = await deps.marketplaces.lockOrder(order.id);
      if (!locked || locked.escalatedAt || locked.internalOrderId) return false;
      const at = deps.clock.now();
      await deps.marketplaces.saveOrder({ ...locked, escalatedAt: at });
      const left = Math.max(0, Math.round((locked.deadlineAt!.getTime() - at.getTime()) / 1000));
      const detail =
        locked.status === 'needs-mapping'
          ? `SKUs to map within ${left} s: ${locked.missingSkus.join(', ')}`
          : `accept or deny within ${left} s`;
      await deps.outbox.add([needsAttention(locked, 'deadline-near', detail, at)]);
      return true;
    });
    if (done) escalated += 1;
  }
  // `received`: taken by nobody yet (orders was away through every attempt of its job).
  const overdue = await deps.marketplaces.undecided({
    statuses: ['received', 'awaiting-acceptance'],
    deadlineBefore: new Date(now + rules.fallbackBeforeMs),
    limit: 200,
  });
  let decided = 0;
  for (const order of overdue) {
    const store = await deps.marketplaces.findStore(order.marketplace, order.storeId);
    // One order failing (orders away, staff deciding just now) must not hold back the rest:
    // it is still undecided at the next round.
    const accept = store?.fallback !== 'deny' || (order.status === 'received' && store.autoAccept);
    await (
      accept
        ? acceptOrder(deps, order.id, 'system:fallback')
        : denyOrder(deps, order.id, 'system:fallback', 'not accepted in time')
    ).then(
      () => (decided += 1),
      () => undefined,
    );
  }
  return { escalated, decided };
}
