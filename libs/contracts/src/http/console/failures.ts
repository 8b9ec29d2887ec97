import { z } from 'zod';
import { Id } from '../../shared/ids';
import { defineRoute } from '../define-route';

/** Where a failure was found: a dead-lettered message, a job failed for good, or an owner's alert. */
export const FailureSource = z.enum([
  'dead-letter',
  'job',
  'print-job',
  'fiscal-push',
  'marketplace-order',
]);
export type FailureSource = z.infer<typeof FailureSource>;

/**
 * Why it failed, as an operator acts on it: `transient` (retrying may do), `permanent`
 * (the other side refused it), `mapping` (something to map first), `validation` (the
 * message itself is malformed: fix and re-send).
 */
export const FailureCause = z.enum(['transient', 'permanent', 'mapping', 'validation']);
export type FailureCause = z.infer<typeof FailureCause>;

export const FailureStatus = z.enum(['open', 'resent', 'discarded', 'refunded']);
export type FailureStatus = z.infer<typeof FailureStatus>;

export const FailureActionKind = z.enum(['resend', 'discard', 'fix-and-resend', 'refund']);
export type FailureActionKind = z.infer<typeof FailureActionKind>;

export const OperatorActionView = z
  .object({
    id: Id,
    action: FailureActionKind,
    /** `user:<id>` of the operator. */
    actor: z.string(),
    reason: z.string(),
    outcome: z.string(),
    at: z.iso.datetime(),
  })
  .meta({ id: 'ConsoleOperatorAction' });

export const FailureView = z
  .object({
    id: Id,
    /** Null when the failed work names no tenant (only admins see those). */
    tenantId: Id.nullable(),
    locationId: Id.nullable(),
    orderId: Id.nullable(),
    service: z.string(),
    source: FailureSource,
    /** What failed: the queue and event type, the job, the print job or push id. */
    subject: z.string(),
    cause: FailureCause,
    error: z.string(),
    attempts: z.number().int(),
    /** How often it failed for good (again after a re-send). */
    occurrences: z.number().int(),
    firstFailedAt: z.iso.datetime(),
    lastFailedAt: z.iso.datetime(),
    status: FailureStatus,
    /** What an operator may do with it now. */
    actions: z.array(FailureActionKind),
    /** The failed work's content with secrets and card data masked. */
    payload: z.unknown(),
    history: z.array(OperatorActionView),
  })
  .meta({ id: 'Failure' });
export type FailureView = z.infer<typeof FailureView>;

export const FailureFilter = z.object({
  status: FailureStatus.optional(),
  tenantId: Id.optional(),
  locationId: Id.optional(),
  orderId: Id.optional(),
  service: z.string().max(60).optional(),
  cause: FailureCause.optional(),
  source: FailureSource.optional(),
});
export type FailureFilter = z.infer<typeof FailureFilter>;

const failureParams = z.object({ failureId: Id });
const Reason = z.string().trim().min(3).max(500);

export const listFailuresRoute = defineRoute({
  method: 'get',
  path: '/v1/failures',
  summary:
    "Failures from every service, newest first: the caller's tenant's for an operator, every tenant's for an admin",
  tag: 'console',
  request: {
    query: FailureFilter.extend({
      limit: z.coerce.number().int().min(1).max(500).default(100),
    }),
  },
  response: {
    status: 200,
    description: 'The failures',
    body: z.object({ items: z.array(FailureView) }),
  },
  problems: [],
});

export const getFailureRoute = defineRoute({
  method: 'get',
  path: '/v1/failures/:failureId',
  summary: 'One failure with its masked payload and every operator action on it',
  tag: 'console',
  request: { params: failureParams },
  response: { status: 200, description: 'The failure', body: FailureView },
  problems: [],
});

export const FailureActionRequest = z
  .object({
    action: FailureActionKind,
    reason: Reason,
    /**
     * `fix-and-resend`: a dead letter's corrected event payload; for a marketplace order
     * waiting for its SKUs, `{ "mappings": [{ "sku", "productId" | "modifierOptionId" }] }`.
     */
    payload: z.record(z.string(), z.unknown()).optional(),
    /**
     * The failure's `occurrences` as the operator saw it. Send it: when the failure failed
     * again meanwhile (a re-send that failed at once), a second click gets 409 instead of
     * acting on the new occurrence unseen.
     */
    occurrence: z.number().int().min(1).optional(),
  })
  .meta({ id: 'FailureActionRequest' });
export type FailureActionRequest = z.infer<typeof FailureActionRequest>;

export const actOnFailureRoute = defineRoute({
  method: 'post',
  path: '/v1/failures/:failureId/actions',
  summary:
    'Re-send (once), discard, fix and re-send, or refund through billing. A failure that is not open any more answers 409: a double click acts once',
  tag: 'console',
  request: { params: failureParams, body: FailureActionRequest },
  response: { status: 200, description: 'The failure after the action', body: FailureView },
  problems: ['failure-not-open', 'failure-changed', 'action-not-possible', 'owner-refused'],
});

export const BulkActionRequest = z
  .object({
    action: z.enum(['resend', 'discard']),
    reason: Reason,
    /** The failures to act on: the open ones matching this filter (at most 200). */
    filter: FailureFilter.omit({ status: true }),
  })
  .meta({ id: 'BulkActionRequest' });

export const bulkActionRoute = defineRoute({
  method: 'post',
  path: '/v1/failures/bulk-actions',
  summary: 'The same action on every open failure the filter selects; each one once',
  tag: 'console',
  request: { body: BulkActionRequest },
  response: {
    status: 200,
    description: 'What happened to each',
    body: z.object({
      items: z.array(z.object({ failureId: Id, outcome: z.string() })),
    }),
  },
  problems: [],
});
