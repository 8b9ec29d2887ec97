import { AppError } from '@brigade/core';
import { applyPosStatus } from './apply-pos-status';
import { deadLetter } from './dead-letter';
import { BreakerOpen, PosRefused, type PosOrderState } from './fiscal-pos';
import type { FiscalPush } from './fiscal-push';
import type { PosAdapterDeps } from './ports';

/** The POS's breaker is open: the attempt waits until then without counting as one. */
export class WaitForBreaker extends Error {
  constructor(readonly until: Date) {
    super(`the fiscal POS breaker holds pushes back until ${until.toISOString()}`);
    this.name = 'WaitForBreaker';
  }
}

const ORDER: Record<PosOrderState['status'], number> = {
  accepted: 0,
  processing: 1,
  canceled: 2,
  processing_error: 2,
  processed: 3,
};

/**
 * One attempt at pushing a paid bill. The attempt is written down before the POS is called,
 * so if an earlier one may have reached it (timed out, its worker died) the POS is asked
 * first whether it has our key, and what it has is adopted instead of pushing twice. A
 * refusal (4xx) goes to the dead letters at once and is not retried; anything else is
 * retried with back-off, and the last attempt's failure goes to the dead letters.
 */
export async function runPush(
  deps: PosAdapterDeps,
  pushId: string,
  options: { last: boolean },
): Promise<'pushed' | 'adopted' | 'not-pending' | 'unknown'> {
  const found = await deps.pushes.find(pushId);
  if (!found) return 'unknown';
  if (found.status !== 'pending') return 'not-pending';
  const pos = await deps.posFor(found.locationId);
  const heldBack = pos.heldBackUntil();
  if (heldBack) throw new WaitForBreaker(heldBack);

  const claim = await deps.transaction(async () => {
    const push = await deps.pushes.lock(pushId);
    if (!push || push.status !== 'pending') return undefined;
    const attempt: FiscalPush = {
      ...push,
      attempts: push.attempts + 1,
      keySent: true,
      updatedAt: deps.clock.now(),
    };
    await deps.pushes.save(attempt);
    return { push: attempt, mayBeThere: push.keySent };
  });
  if (!claim) return 'not-pending';
  const { push, mayBeThere } = claim;
  try {
    const there = mayBeThere ? mostAdvanced(await pos.findByKey(push.posKey)) : undefined;
    const state = there ?? (await pos.push(push.posKey, push.posOrder));
    await applyPosStatus(deps, pushId, state);
    return there ? 'adopted' : 'pushed';
  } catch (err) {
    if (err instanceof BreakerOpen) throw new WaitForBreaker(err.until);
    const message = err instanceof Error ? err.message : String(err);
    const refused = err instanceof PosRefused;
    await deps.transaction(async () => {
      const current = await deps.pushes.lock(pushId);
      if (!current || current.status !== 'pending') return;
      const failed = { ...current, lastError: message, updatedAt: deps.clock.now() };
      if (refused) await deadLetter(deps, failed, 'permanent', `refused by the POS: ${message}`);
      else if (options.last)
        await deadLetter(deps, failed, 'transient', `POS unreachable: ${message}`);
      else await deps.pushes.save(failed);
    });
    if (refused) throw new AppError('pos-refused', 422, message, { retryable: false });
    throw err;
  }
}

const mostAdvanced = (states: PosOrderState[]) =>
  [...states].sort((a, b) => ORDER[b.status] - ORDER[a.status])[0];
