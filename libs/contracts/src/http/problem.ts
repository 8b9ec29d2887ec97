import { z } from 'zod';

/** Base of every problem `type` URI; the slug after it is stable and documented. */
export const PROBLEM_BASE = 'https://brigade.dev/problems/';

/** One field that failed validation, named by its path (`lines.0.quantity`). */
export const ProblemField = z.object({
  field: z.string(),
  message: z.string(),
});

/** RFC 9457 problem details, as every Brigade service answers an error. */
export const Problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    fields: z.array(ProblemField).optional(),
    correlationId: z.string().optional(),
  })
  .meta({ id: 'Problem' });
export type Problem = z.infer<typeof Problem>;

/** The problem types shared by every service, with their status and title. */
export const commonProblems = {
  'validation-failed': { status: 400, title: 'The request is not valid' },
  'invalid-json': { status: 400, title: 'The body is not valid JSON' },
  'idempotency-key-missing': { status: 400, title: 'An Idempotency-Key header is required' },
  unauthenticated: { status: 401, title: 'Authentication is required' },
  'token-invalid': { status: 401, title: 'The token is not valid' },
  'token-expired': { status: 401, title: 'The token has expired' },
  forbidden: { status: 403, title: 'Not allowed' },
  'approval-required': { status: 403, title: "A manager's approval is required" },
  'not-found': { status: 404, title: 'Not found' },
  'idempotency-request-in-flight': {
    status: 409,
    title: 'A request with this Idempotency-Key is still being processed',
  },
  'payload-too-large': { status: 413, title: 'The body is too large' },
  'unsupported-media-type': { status: 415, title: 'The body must be application/json' },
  'idempotency-key-reused': {
    status: 422,
    title: 'This Idempotency-Key was used with a different request',
  },
  internal: { status: 500, title: 'Something went wrong on our side' },
  'service-unavailable': { status: 503, title: 'A dependency is unavailable; retry later' },
} as const;
export type CommonProblemType = keyof typeof commonProblems;
