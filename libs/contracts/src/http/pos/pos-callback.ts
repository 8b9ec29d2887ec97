import { z } from 'zod';
import { defineRoute } from '../define-route';

/** What the register calls back with when an order moves: ids and status, no receipt. */
export const PosCallbackRequest = z
  .object({
    /** The register's id of the order. */
    id: z.string().min(1).max(200),
    /** Our key, as pushed. */
    orderId: z.string().min(1).max(200),
    platformStatus: z.string().min(1).max(40),
  })
  .meta({ id: 'PosCallbackRequest' });

export const posCallbackRoute = defineRoute({
  method: 'post',
  path: '/v1/webhooks/fiscal-pos',
  summary:
    "The fiscal register's callback when an order moves. Answered 200 at once, also for orders nobody knows; the order is then fetched from the register (the callback is never trusted for the receipt).",
  tag: 'webhooks',
  request: { body: PosCallbackRequest },
  response: { status: 200, description: 'Received', body: z.object({ received: z.boolean() }) },
  problems: [],
});
