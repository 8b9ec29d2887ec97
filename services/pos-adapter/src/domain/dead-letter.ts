import type { FailureKind, FiscalPush } from './fiscal-push';
import type { PosAdapterDeps } from './ports';
import { pushFailed } from './push-events';

/**
 * Into the dead letters with the reason, and the alert with it, in one transaction: the
 * money is taken, so an operator must re-send, refund or close it. The caller holds the
 * push locked.
 */
export async function deadLetter(
  deps: PosAdapterDeps,
  push: FiscalPush,
  kind: FailureKind,
  reason: string,
): Promise<FiscalPush> {
  const now = deps.clock.now();
  const failed: FiscalPush = {
    ...push,
    status: 'dead_letter',
    failure: { kind, reason, at: now },
    updatedAt: now,
  };
  await deps.pushes.save(failed);
  await deps.outbox.add([pushFailed(failed, now)]);
  return failed;
}
