import type { AlertKind } from '@brigade/contracts';
import type { Failure, NewFailure } from './failure';
import type { ConsoleDeps } from './ports';

/**
 * Records a failure (or its repeat) and, the first time it fails for good since it was
 * last dealt with, raises its incident's alert; a dead letter also checks its tenant's
 * dead-letter depth. Repeats of one incident join its open alert: one alert per incident.
 */
export async function recordFailure(deps: ConsoleDeps, f: NewFailure): Promise<Failure> {
  return deps.transaction(async () => {
    const now = deps.clock.now();
    const { failure, fresh } = await deps.failures.record(f, deps.newId(), now);
    if (!fresh) return failure;
    await raiseAlert(deps, {
      kind: 'permanent-failure',
      incident: incidentOf(failure),
      tenantId: failure.tenantId,
      locationId: failure.locationId,
      orderId: failure.orderId,
      message: `${failure.service}: ${failure.subject} failed for good (${failure.cause}): ${failure.error}`,
    });
    if (failure.source === 'dead-letter' && failure.tenantId) {
      const depth = await deps.failures.countOpenDeadLetters(failure.tenantId);
      if (depth >= deps.settings.dlqDepthAlert) {
        await raiseAlert(deps, {
          kind: 'dead-letter-depth',
          incident: `dead-letter-depth:${failure.tenantId}`,
          tenantId: failure.tenantId,
          locationId: null,
          orderId: null,
          message: `${depth} dead letters wait for an operator`,
        });
      }
    }
    return failure;
  });
}

/** Raises an alert (webhook after commit) or counts a repeat on its incident's open one. */
export async function raiseAlert(
  deps: ConsoleDeps,
  a: {
    kind: AlertKind;
    incident: string;
    tenantId: string | null;
    locationId: string | null;
    orderId: string | null;
    message: string;
  },
): Promise<void> {
  const webhook = deps.settings.webhook ? 'pending' : 'none';
  const { alert, raised } = await deps.alerts.raise(
    { ...a, webhook },
    deps.newId(),
    deps.clock.now(),
  );
  if (raised && deps.settings.webhook) deps.notify(alert);
}

/** Failures with one cause at one place are one incident: a printer, a register, a queue. */
function incidentOf(f: Failure): string {
  const o = f.origin;
  switch (o.kind) {
    case 'dead-letter':
      return `dead-letter:${f.tenantId ?? 'any'}:${f.subject}`;
    case 'job':
      return `job:${o.queue}`;
    case 'print-job':
      return `printer:${(f.payload as { printerId?: string } | null)?.printerId ?? o.printJobId}`;
    case 'fiscal-push':
      return `fiscal-pos:${f.locationId}`;
    case 'marketplace-order':
      return `marketplace-order:${o.marketplaceOrderId}`;
  }
}
