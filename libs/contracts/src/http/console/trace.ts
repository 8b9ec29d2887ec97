import { z } from 'zod';
import { Id } from '../../shared/ids';
import { defineRoute } from '../define-route';
import { SignInRequest, SignInResponse } from '../auth/sign-in';

/** One thing that touched an order: an event, a failure, an operator's action or an alert. */
export const TraceEntry = z
  .object({
    at: z.iso.datetime(),
    kind: z.enum(['event', 'failure', 'action', 'alert']),
    /** The event type, the failure's subject, the action or the alert kind. */
    name: z.string(),
    service: z.string(),
    summary: z.string(),
    /** The event's id, the failure's, the action's or the alert's. */
    ref: z.string(),
  })
  .meta({ id: 'TraceEntry' });
export type TraceEntry = z.infer<typeof TraceEntry>;

export const orderTraceRoute = defineRoute({
  method: 'get',
  path: '/v1/orders/:orderId/trace',
  summary: 'Everything that touched one order, in time order',
  tag: 'console',
  request: { params: z.object({ orderId: Id }) },
  response: {
    status: 200,
    description: 'The trace',
    body: z.object({ orderId: Id, items: z.array(TraceEntry) }),
  },
  problems: [],
});

export const consoleSignInRoute = defineRoute({
  method: 'post',
  path: '/v1/session',
  summary:
    "An operator signs in through the console (which asks orders), so the page needs no other service's API",
  tag: 'console',
  request: { body: SignInRequest },
  response: { status: 200, description: 'The token', body: SignInResponse },
  problems: ['sign-in-failed', 'not-an-operator'],
});
