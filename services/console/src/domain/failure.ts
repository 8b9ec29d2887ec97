import type {
  FailureActionKind,
  FailureCause,
  FailureSource,
  FailureStatus,
} from '@brigade/contracts';

/** What the console needs to act on a failure again, by where it came from. */
export type FailureOrigin =
  | {
      kind: 'dead-letter';
      /** The consumer queue (without the run's prefix) the message failed in. */
      queue: string;
      /** The message's bytes, base64: a re-send publishes them as they were. */
      content: string;
      properties: DeadLetterProperties;
    }
  | { kind: 'job'; queue: string; jobId: string }
  | { kind: 'print-job'; printJobId: string }
  | { kind: 'fiscal-push'; pushId: string }
  | { kind: 'marketplace-order'; marketplaceOrderId: string; reason: string };

export interface DeadLetterProperties {
  messageId: string | null;
  type: string | null;
  contentType: string | null;
  correlationId: string | null;
  headers: Record<string, unknown>;
}

/** One failed piece of work, as the console keeps it. */
export interface Failure {
  id: string;
  /** Unique per failed thing: a repeat after a re-send reopens the same failure. */
  sourceKey: string;
  source: FailureSource;
  tenantId: string | null;
  locationId: string | null;
  orderId: string | null;
  service: string;
  subject: string;
  cause: FailureCause;
  error: string;
  attempts: number;
  occurrences: number;
  firstFailedAt: Date;
  lastFailedAt: Date;
  status: FailureStatus;
  /** Masked: what operators see. */
  payload: unknown;
  origin: FailureOrigin;
}

/** A failure as first seen (or seen again). */
export type NewFailure = Omit<Failure, 'id' | 'occurrences' | 'firstFailedAt' | 'status'>;

export interface FailureAction {
  id: string;
  failureId: string;
  tenantId: string | null;
  orderId: string | null;
  action: FailureActionKind;
  actor: string;
  reason: string;
  outcome: string;
  at: Date;
}

/** What an operator may do with a failure that is still open. */
export function actionsFor(failure: Failure): FailureActionKind[] {
  if (failure.status !== 'open') return [];
  switch (failure.origin.kind) {
    case 'dead-letter':
      return ['resend', 'fix-and-resend', 'discard'];
    case 'fiscal-push':
      return ['resend', 'refund', 'discard'];
    case 'marketplace-order':
      return failure.origin.reason === 'needs-mapping'
        ? ['resend', 'fix-and-resend', 'discard']
        : ['discard'];
    default:
      return ['resend', 'discard'];
  }
}

/** Which tenants' failures a caller sees: one, or every one (`null`, admins). */
export type Visibility = { tenantId: string | null };
