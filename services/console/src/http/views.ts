import type { AlertView, FailureView } from '@brigade/contracts';
import type { Alert } from '../db/repositories/alerts.repository';
import { actionsFor, type Failure, type FailureAction } from '../domain/failure';

export function toFailureView(f: Failure, history: FailureAction[] = []): FailureView {
  return {
    id: f.id,
    tenantId: f.tenantId,
    locationId: f.locationId,
    orderId: f.orderId,
    service: f.service,
    source: f.source,
    subject: f.subject,
    cause: f.cause,
    error: f.error,
    attempts: f.attempts,
    occurrences: f.occurrences,
    firstFailedAt: f.firstFailedAt.toISOString(),
    lastFailedAt: f.lastFailedAt.toISOString(),
    status: f.status,
    actions: actionsFor(f),
    payload: f.payload,
    history: history
      .filter((a) => a.failureId === f.id)
      .map((a) => ({
        id: a.id,
        action: a.action,
        actor: a.actor,
        reason: a.reason,
        outcome: a.outcome,
        at: a.at.toISOString(),
      })),
  };
}

export function toAlertView(a: Alert): AlertView {
  return {
    id: a.id,
    tenantId: a.tenantId,
    locationId: a.locationId,
    orderId: a.orderId,
    kind: a.kind,
    incident: a.incident,
    message: a.message,
    occurrences: a.occurrences,
    status: a.status,
    raisedAt: a.raisedAt.toISOString(),
    lastSeenAt: a.lastSeenAt.toISOString(),
    acknowledgedBy: a.acknowledgedBy,
    acknowledgedAt: a.acknowledgedAt?.toISOString() ?? null,
    webhook: a.webhook,
  };
}
