import {
  ConflictError,
  NotFoundError,
  actorKey,
  canAccess,
  requireRole,
  type Actor,
} from '@brigade/core';
import type { FiscalPushStatus } from '@brigade/contracts';
import { posKeyOf, type FiscalPush, type OperatorAction } from './fiscal-push';
import type { PosAdapterDeps } from './ports';
import { refundRequested } from './push-events';

type Action = OperatorAction['action'];

/** Operators act on the dead letters; managers may look. */
const READERS = ['operator', 'manager'] as const;

export async function listPushes(
  deps: PosAdapterDeps,
  caller: Actor,
  filter: { status?: FiscalPushStatus; orderId?: string; locationId?: string; limit: number },
) {
  requireRole(caller, ...READERS);
  const pushes = await deps.pushes.list({ ...filter, tenantId: caller.tenantId });
  return pushes.filter((p) => canAccess(caller, p));
}

export async function getPush(deps: PosAdapterDeps, caller: Actor, pushId: string) {
  requireRole(caller, ...READERS);
  const push = await deps.pushes.find(pushId);
  if (!push || !canAccess(caller, push)) throw new NotFoundError('The fiscal push');
  return push;
}

/**
 * An operator's decision on a dead letter, taken once: the push is locked and must still
 * be a dead letter, so a double click (or two operators) acts once and the second is told
 * why not. Each action is recorded with who, when and why.
 */
async function act(
  deps: PosAdapterDeps,
  caller: Actor,
  pushId: string,
  action: Action,
  reason: string,
  change: (push: FiscalPush, now: Date, actor: string) => Promise<FiscalPush>,
): Promise<FiscalPush> {
  requireRole(caller, 'operator');
  const actor = actorKey(caller);
  const done = await deps.transaction(async () => {
    const push = await deps.pushes.lock(pushId);
    if (!push || !canAccess(caller, push)) throw new NotFoundError('The fiscal push');
    if (push.status !== 'dead_letter') {
      throw new ConflictError(
        'push-not-dead-lettered',
        `The push is ${push.status}: only a dead letter can be acted on`,
      );
    }
    const now = deps.clock.now();
    const changed = await change(push, now, actor);
    await deps.pushes.save({ ...changed, updatedAt: now });
    await deps.pushes.addAction({ id: deps.newId(), pushId, action, actor, reason, at: now });
    return changed;
  });
  if (done.status === 'pending') deps.queuePush(done);
  return done;
}

/**
 * Again from attempt 0. After a refusal the register has nothing usable under the old key
 * (or a cancelled order), so the re-send gets a new one; after an outage the old key is
 * kept, and the first attempt asks the register whether an earlier one arrived.
 */
export const resendPush = (deps: PosAdapterDeps, caller: Actor, pushId: string, reason: string) =>
  act(deps, caller, pushId, 'resend', reason, async (push) => {
    const generation = push.generation + 1;
    const freshKey = push.failure?.kind === 'permanent';
    return {
      ...push,
      status: 'pending',
      generation,
      posKey: freshKey ? posKeyOf(push.billId, generation) : push.posKey,
      keySent: freshKey ? false : push.keySent,
      posOrderId: freshKey ? null : push.posOrderId,
      posStatus: freshKey ? null : push.posStatus,
      queueJobId: `${push.id}-${generation}`,
      attempts: 0,
      lastError: null,
    };
  });

export const markPushHandled = (
  deps: PosAdapterDeps,
  caller: Actor,
  pushId: string,
  reason: string,
) =>
  act(deps, caller, pushId, 'mark-handled', reason, async (push) => ({
    ...push,
    status: 'handled',
  }));

/** Billing refunds the bill on `pos.refund-requested.v1`; its refunds mark the push refunded. */
export const refundPush = (deps: PosAdapterDeps, caller: Actor, pushId: string, reason: string) =>
  act(deps, caller, pushId, 'refund', reason, async (push, now, actor) => {
    await deps.outbox.add([refundRequested(push, reason, actor, now)]);
    return { ...push, status: 'refund_requested' };
  });

/** A refund of the bill went through: once all of it is back, the push is refunded. */
export async function recordRefund(
  deps: PosAdapterDeps,
  billId: string,
  amountMinor: number,
): Promise<void> {
  await deps.transaction(async () => {
    const found = await deps.pushes.findByBill(billId);
    const push = found && (await deps.pushes.lock(found.id));
    if (!push || (push.status !== 'refund_requested' && push.status !== 'dead_letter')) return;
    const refundedMinor = push.refundedMinor + amountMinor;
    await deps.pushes.save({
      ...push,
      refundedMinor,
      status:
        refundedMinor >= push.totalMinor && push.status === 'refund_requested'
          ? 'refunded'
          : push.status,
      updatedAt: deps.clock.now(),
    });
  });
}
