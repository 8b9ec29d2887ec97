import type { TraceEntry } from '@brigade/contracts';
import type { Actor } from '@brigade/core';
import { visibilityOf } from './act-on-failure';
import type { ConsoleDeps } from './ports';

/** Every event, failure, operator action and alert that touched one order, in time order. */
export async function orderTrace(
  deps: ConsoleDeps,
  actor: Actor,
  orderId: string,
): Promise<TraceEntry[]> {
  const scope = visibilityOf(actor);
  const [events, failures, actions, alerts] = await Promise.all([
    deps.trace.ofOrder(scope, orderId),
    deps.failures.ofOrder(scope, orderId),
    deps.failures.actionsOfOrder(scope, orderId),
    deps.alerts.ofOrder(scope, orderId),
  ]);
  const entries: TraceEntry[] = [
    ...events.map((e) => ({
      at: e.occurredAt.toISOString(),
      kind: 'event' as const,
      name: e.type,
      service: e.service,
      summary: e.summary,
      ref: e.eventId,
    })),
    ...failures.map((f) => ({
      at: f.firstFailedAt.toISOString(),
      kind: 'failure' as const,
      name: f.subject,
      service: f.service,
      summary: `${f.cause}: ${f.error} (${f.status})`,
      ref: f.id,
    })),
    ...actions.map((a) => ({
      at: a.at.toISOString(),
      kind: 'action' as const,
      name: a.action,
      service: 'console',
      summary: `${a.actor}: ${a.reason} → ${a.outcome}`,
      ref: a.id,
    })),
    ...alerts.map((a) => ({
      at: a.raisedAt.toISOString(),
      kind: 'alert' as const,
      name: a.kind,
      service: 'console',
      summary: a.message,
      ref: a.id,
    })),
  ];
  return entries.sort((a, b) => a.at.localeCompare(b.at));
}
