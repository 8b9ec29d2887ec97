import { env } from '@brigade/core';
import { baseConfig } from '@brigade/service';
import { z } from 'zod';

/** The platform's variables, the register to push to, and how hard to try it. */
export const posAdapterConfig = baseConfig('pos-adapter', 3004).extend({
  /** The Liefersoft-style register (the simulator `npm start` runs by default). */
  FISCAL_POS_URL: env.url('http://127.0.0.1:4002', ['http', 'https']),
  FISCAL_POS_LOGIN: z.string().min(1).default('brigade'),
  FISCAL_POS_PASSWORD: z.string().min(1).default('brigade-sim-password'),
  FISCAL_POS_COMPANY_ID: z.string().min(1).default('00000000-0000-4000-8000-00000000b1de'),
  /** Where the register calls back; default: this service on loopback (the simulator). */
  FISCAL_POS_CALLBACK_URL: z.url().optional(),
  /** A call slower than this counts as failed (it may still have reached the register). */
  POS_TIMEOUT_MS: env.int(10_000, 50),
  /** The breaker opens when over half the calls of its 10 s window fail, given this many. */
  POS_BREAKER_VOLUME: env.int(5, 1),
  POS_BREAKER_ERROR_PERCENT: env.int(50, 1),
  /** Open this long before one probe call may test the register again. */
  POS_BREAKER_RESET_MS: env.int(30_000, 50),
  /** Attempts per push; back-off doubles from PUSH_BACKOFF_MS up to PUSH_BACKOFF_MAX_MS. */
  PUSH_ATTEMPTS: env.int(12, 1),
  PUSH_BACKOFF_MS: env.int(2_000, 10),
  PUSH_BACKOFF_MAX_MS: env.int(300_000, 10),
  /**
   * The register allows one poll per order every two minutes: a receipt whose callback did
   * not come is asked for this long after the last news, and no sooner again.
   */
  RECEIPT_POLL_AFTER_MS: env.int(120_000, 100),
  RECEIPT_POLL_EVERY_MS: env.int(30_000, 100),
  /** Pending pushes untouched this long are queued again (a lost enqueue). */
  PUSH_SWEEP_EVERY_MS: env.int(60_000, 100),
  PUSH_SWEEP_AFTER_MS: env.int(600_000, 0),
});
export type PosAdapterConfig = z.infer<typeof posAdapterConfig>;
