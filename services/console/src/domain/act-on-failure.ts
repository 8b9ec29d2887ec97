import {
  type FailureActionKind,
  type FailureActionRequest,
  type FailureFilter,
} from '@brigade/contracts';
import {
  actorKey,
  AppError,
  ConflictError,
  NotFoundError,
  requireRole,
  RuleViolationError,
  type Actor,
} from '@brigade/core';
import { actionsFor, type Failure, type Visibility } from './failure';
import { fixedDeadLetter, mappingsOf } from './fixes';
import type { ConsoleDeps, OwnerAnswer } from './ports';

/** Operators see their tenant's failures; admins see every tenant's (and those naming none). */
export function visibilityOf(actor: Actor): Visibility {
  requireRole(actor, 'operator');
  const admin = actor.kind === 'staff' && actor.roles.includes('admin');
  return { tenantId: admin ? null : actor.tenantId };
}

export function assertVisible(scope: Visibility, failure: Failure | undefined): Failure {
  if (!failure || (scope.tenantId !== null && failure.tenantId !== scope.tenantId))
    throw new NotFoundError('The failure');
  return failure;
}

const NEXT_STATUS = {
  resend: 'resent',
  'fix-and-resend': 'resent',
  discard: 'discarded',
  refund: 'refunded',
} as const;

/**
 * One operator action on one failure, at most once: the failure is locked, must still be
 * open, the effect happens (a re-publish, a job retried, the owner asked), and the new
 * status and the audit row commit together. A second click finds it no longer open (409);
 * an effect whose commit was lost is found done by its owner the next time.
 */
export async function actOnFailure(
  deps: ConsoleDeps,
  actor: Actor,
  failureId: string,
  request: FailureActionRequest,
): Promise<Failure> {
  const scope = visibilityOf(actor);
  const by = actorKey(actor);
  return deps.transaction(async () => {
    const failure = assertVisible(scope, await deps.failures.lock(failureId));
    if (failure.status !== 'open')
      throw new ConflictError('failure-not-open', `This failure was already ${failure.status}`);
    if (request.occurrence !== undefined && request.occurrence !== failure.occurrences)
      throw new ConflictError(
        'failure-changed',
        `This failure failed again since (occurrence ${failure.occurrences}, not ${request.occurrence}): look again`,
      );
    if (!actionsFor(failure).includes(request.action))
      throw new RuleViolationError(
        'action-not-possible',
        `A ${failure.source} failure cannot be dealt with by ${request.action}`,
        [{ field: 'action', message: `one of ${actionsFor(failure).join(', ')}` }],
      );
    // When the operator acted: what the action caused elsewhere comes after it in a trace.
    const now = deps.clock.now();
    const outcome = await perform(deps, failure, request, by);
    await deps.failures.setStatus(failure.id, NEXT_STATUS[request.action], now);
    await deps.failures.addAction({
      id: deps.newId(),
      failureId: failure.id,
      tenantId: failure.tenantId,
      orderId: failure.orderId,
      action: request.action,
      actor: by,
      reason: request.reason,
      outcome,
      at: now,
    });
    return { ...failure, status: NEXT_STATUS[request.action] };
  });
}

async function perform(
  deps: ConsoleDeps,
  f: Failure,
  request: FailureActionRequest,
  by: string,
): Promise<string> {
  const o = f.origin;
  const { action, reason } = request;
  if (o.kind === 'dead-letter') {
    if (action === 'discard') return 'discarded';
    const content =
      action === 'fix-and-resend' ? fixedDeadLetter(f, request) : Buffer.from(o.content, 'base64');
    await deps.resendDeadLetter(o.queue, content, o.properties, by).catch((err: unknown) => {
      throw new AppError('owner-refused', 502, `The broker did not take it: ${String(err)}`);
    });
    return action === 'fix-and-resend'
      ? `re-published, fixed, to ${o.queue}`
      : `re-published to ${o.queue}`;
  }
  if (o.kind === 'job') {
    const done =
      action === 'discard'
        ? await deps.jobs.removeFailed(o.queue, o.jobId)
        : await deps.jobs.retryFailed(o.queue, o.jobId);
    return done ? (action === 'discard' ? 'job removed' : 'job retried') : 'job no longer failed';
  }
  if (o.kind === 'print-job')
    return action === 'discard'
      ? 'discarded (the ticket stays on the screens)'
      : told(await deps.owners.retryPrintJob(f, o.printJobId, by), 'print job queued again');
  if (o.kind === 'fiscal-push') {
    if (action === 'resend')
      return told(
        await deps.owners.resendFiscalPush(f, o.pushId, by, reason),
        'push pending again',
      );
    if (action === 'refund')
      return told(
        await deps.owners.refundFiscalPush(f, o.pushId, by, reason),
        'refund requested from billing',
      );
    return told(await deps.owners.closeFiscalPush(f, o.pushId, by, reason), 'push marked handled');
  }
  if (action === 'discard') return 'discarded';
  if (action === 'fix-and-resend') await deps.owners.mapSkus(f, mappingsOf(request), by);
  const retried = await deps.owners.retryMarketplaceOrder(f, o.marketplaceOrderId, by);
  return told(
    retried,
    action === 'fix-and-resend' ? 'SKUs mapped, order retried' : 'order retried',
  );
}

const told = (answer: OwnerAnswer, done: string) =>
  answer === 'done' ? done : 'the owner had done it already';

export type BulkOutcome = { failureId: string; outcome: string };

/** The same action on each open failure the filter selects (at most 200), each on its own. */
export async function bulkAction(
  deps: ConsoleDeps,
  actor: Actor,
  request: {
    action: Extract<FailureActionKind, 'resend' | 'discard'>;
    reason: string;
    filter: FailureFilter;
  },
): Promise<BulkOutcome[]> {
  const scope = visibilityOf(actor);
  const targets = await deps.failures.list(scope, {
    ...request.filter,
    status: 'open',
    limit: 200,
  });
  const outcomes: BulkOutcome[] = [];
  for (const f of targets) {
    try {
      await actOnFailure(deps, actor, f.id, { action: request.action, reason: request.reason });
      outcomes.push({
        failureId: f.id,
        outcome: request.action === 'resend' ? 'resent' : 'discarded',
      });
    } catch (err) {
      outcomes.push({ failureId: f.id, outcome: err instanceof AppError ? err.type : 'failed' });
    }
  }
  return outcomes;
}
