import { z } from 'zod';
import { defineRoute } from '../define-route';

const received = {
  status: 200,
  description: 'Taken (also a repeat); an empty body',
  body: z.undefined().meta({ type: 'string', description: 'Empty', maxLength: 0 }),
};

export const uberEatsWebhookRoute = defineRoute({
  method: 'post',
  path: '/v1/webhooks/uber-eats',
  summary:
    "Uber Eats' webhooks (`orders.notification` and others), signed by `X-Uber-Signature`: hex HMAC-SHA256 of the body with the client secret. 401 when it does not match; 200 with an empty body otherwise, repeats included (deduplicated by `event_id` and order id).",
  tag: 'webhooks',
  bodyType: 'signed',
  request: { body: z.object({ event_id: z.string(), event_type: z.string() }).loose() },
  response: received,
  problems: ['invalid-signature'],
});

export const woltWebhookRoute = defineRoute({
  method: 'post',
  path: '/v1/webhooks/wolt',
  summary:
    "Wolt's `order.notification`, signed by `WOLT-SIGNATURE`: hex HMAC-SHA256 of the body. 401 when it does not match; 200 otherwise, repeats included.",
  tag: 'webhooks',
  bodyType: 'signed',
  request: { body: z.object({ id: z.string(), type: z.string() }).loose() },
  response: received,
  problems: ['invalid-signature'],
});

export const deliverooWebhookRoute = defineRoute({
  method: 'post',
  path: '/v1/webhooks/deliveroo',
  summary:
    "Deliveroo's order events, signed by `X-Deliveroo-Hmac-Sha256` over `X-Deliveroo-Sequence-Guid`, a space and the body (space-newline-space for the legacy `new_order`/`cancel_order`). 401 when it does not match; 200 otherwise, repeats included.",
  tag: 'webhooks',
  bodyType: 'signed',
  request: { body: z.object({ event: z.string() }).loose() },
  response: received,
  problems: ['invalid-signature'],
});
