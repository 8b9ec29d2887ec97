import { applyPosStatus } from './apply-pos-status';
import { isOpen } from './fiscal-push';
import type { PosAdapterDeps } from './ports';

/**
 * After a callback: asks the register where the order stands and applies it. The callback
 * may come before the push's answer was recorded, so the register's id comes with it; what
 * the register answers must carry the push's key, or it is not ours.
 */
export async function followPosOrder(
  deps: PosAdapterDeps,
  pushId: string,
  posOrderId: string,
): Promise<void> {
  const push = await deps.pushes.find(pushId);
  if (!push || !isOpen(push)) return;
  const pos = await deps.posFor(push.locationId);
  const state = await pos.get(push.posOrderId ?? posOrderId);
  if (state.key !== push.posKey) return;
  await applyPosStatus(deps, pushId, state);
}

/**
 * The receipts whose callback never came: every push at the POS not final and quiet for
 * `minIntervalMs` is asked for, each at most once per interval (the register allows one
 * poll per order every two minutes). A push the POS cannot be asked about now waits for
 * the next round; its poll time is taken first so a slow POS is not asked again sooner.
 */
export async function pollReceipts(
  deps: PosAdapterDeps,
  minIntervalMs: number,
): Promise<{ polled: number; failed: number }> {
  const now = deps.clock.now();
  const due = await deps.pushes.awaitingReceipt(new Date(now.getTime() - minIntervalMs), 200);
  let failed = 0;
  // One register per location: looked up once per round, not once per order.
  const registers = new Map<string, ReturnType<PosAdapterDeps['posFor']>>();
  for (const push of due) {
    await deps.pushes.markPolled(push.id, now);
    try {
      if (!registers.has(push.locationId))
        registers.set(push.locationId, deps.posFor(push.locationId));
      const pos = await registers.get(push.locationId)!;
      await applyPosStatus(deps, push.id, await pos.get(push.posOrderId!), true);
    } catch {
      failed += 1;
    }
  }
  return { polled: due.length, failed };
}
