import { env } from '@brigade/core';
import { baseConfig } from '@brigade/service';
import { z } from 'zod';

/** The platform's variables, the services the console acts through, and alert thresholds. */
export const consoleConfig = baseConfig('console', 3006).extend({
  /** Sign-in goes through orders, which owns staff. */
  ORDERS_URL: env.url('http://127.0.0.1:3001', ['http', 'https']),
  KITCHEN_URL: env.url('http://127.0.0.1:3003', ['http', 'https']),
  POS_ADAPTER_URL: env.url('http://127.0.0.1:3004', ['http', 'https']),
  DELIVERY_ADAPTER_URL: env.url('http://127.0.0.1:3005', ['http', 'https']),
  /** Where alerts are POSTed as JSON (a chat or paging hook); none when unset. */
  ALERT_WEBHOOK_URL: z.url().optional(),
  /** Tries of one alert's webhook call; back-off doubles from the first delay (capped at 10 min). */
  ALERT_WEBHOOK_ATTEMPTS: env.int(10, 1),
  ALERT_WEBHOOK_BACKOFF_MS: env.int(5_000, 10),
  /** How often an open page's live stream looks for changes. */
  LIVE_POLL_MS: env.int(1_000, 50),
  /** Open dead letters of one tenant at which the depth alert is raised. */
  DLQ_DEPTH_ALERT: env.int(10, 1),
  /** A paid bill without its fiscal receipt after this long raises an alert. */
  PAID_UNCONFIRMED_AFTER_MS: env.int(15 * 60_000, 100),
  /** How often thresholds are checked and failed jobs are looked for. */
  WATCH_EVERY_MS: env.int(15_000, 100),
  /** Days an order's trace is kept (failures, actions and alerts are kept). */
  TRACE_RETENTION_DAYS: env.int(30, 1),
  /** Calls to the other services give up after this long. */
  OWNER_TIMEOUT_MS: env.int(10_000, 100),
});
export type ConsoleConfig = z.infer<typeof consoleConfig>;
