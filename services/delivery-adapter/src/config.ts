import { env } from '@brigade/core';
import { baseConfig } from '@brigade/service';
import { z } from 'zod';

const secret = (fallback: string) => z.string().min(8).default(fallback);

/**
 * The platform's variables, and each marketplace: the secret its webhooks are signed with,
 * where its API answers and the credential to call it (the simulator's by default).
 */
export const deliveryAdapterConfig = baseConfig('delivery-adapter', 3005).extend({
  /** Uber Eats signs webhooks with the app's client secret. */
  UBER_EATS_CLIENT_SECRET: secret('uber-sim-client-secret'),
  UBER_EATS_API_URL: env.url('http://127.0.0.1:4003/uber-eats', ['http', 'https']),
  UBER_EATS_ACCESS_TOKEN: secret('uber-sim-access-token'),
  WOLT_WEBHOOK_SECRET: secret('wolt-sim-webhook-secret'),
  WOLT_API_URL: env.url('http://127.0.0.1:4003/wolt', ['http', 'https']),
  WOLT_API_KEY: secret('wolt-sim-api-key'),
  DELIVEROO_WEBHOOK_SECRET: secret('deliveroo-sim-webhook-secret'),
  DELIVEROO_API_URL: env.url('http://127.0.0.1:4003/deliveroo', ['http', 'https']),
  DELIVEROO_ACCESS_TOKEN: secret('deliveroo-sim-access-token'),
  /** How long a marketplace API call may take. */
  MARKETPLACE_TIMEOUT_MS: env.int(10_000, 50),
  /** Our orders service: accepted marketplace orders are placed there. */
  ORDERS_URL: env.url('http://127.0.0.1:3001', ['http', 'https']),
  /** Kitchen, whose load drives busy mode, read every BUSY_WATCH_EVERY_MS. */
  KITCHEN_URL: env.url('http://127.0.0.1:3003', ['http', 'https']),
  BUSY_WATCH_EVERY_MS: env.int(30_000, 50),
  /** Each marketplace's time to accept before it cancels (Uber 11.5 min, Deliveroo 10). */
  UBER_EATS_ACCEPT_WITHIN_MS: env.int(690_000, 1_000),
  WOLT_ACCEPT_WITHIN_MS: env.int(600_000, 1_000),
  DELIVEROO_ACCEPT_WITHIN_MS: env.int(600_000, 1_000),
  /** What each marketplace keeps of an order, in basis points (billing records it). */
  UBER_EATS_COMMISSION_BPS: env.int(3_000, 0),
  WOLT_COMMISSION_BPS: env.int(3_000, 0),
  DELIVEROO_COMMISSION_BPS: env.int(3_000, 0),
  /** Undecided orders: staff alerted this long before the deadline, the fallback applied this long before. */
  ESCALATE_BEFORE_DEADLINE_MS: env.int(300_000, 0),
  FALLBACK_BEFORE_DEADLINE_MS: env.int(60_000, 0),
  DEADLINE_WATCH_EVERY_MS: env.int(5_000, 50),
  /** Taking an order into orders: attempts and first back-off (the deadline's fallback retries after). */
  TAKE_ATTEMPTS: env.int(10, 1),
  TAKE_BACKOFF_MS: env.int(500, 10),
  /** Status calls back: attempts and back-off per marketplace call. */
  STATUS_ATTEMPTS: env.int(30, 1),
  STATUS_BACKOFF_MS: env.int(1_000, 10),
  STATUS_BACKOFF_MAX_MS: env.int(30_000, 10),
});
export type DeliveryAdapterConfig = z.infer<typeof deliveryAdapterConfig>;
