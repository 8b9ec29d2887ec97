import { env } from '@brigade/core';
import { baseConfig } from '@brigade/service';
import { z } from 'zod';

/** The platform's variables, and how billing reaches Mollie (or the simulator `npm start` runs). */
export const billingConfig = baseConfig('billing', 3002).extend({
  MOLLIE_API_KEY: z
    .string()
    .regex(/^(test|live)_\w{20,}$/, 'a Mollie API key, test_… or live_…')
    .default('test_brigadesimulator000000000000'),
  MOLLIE_API_ENDPOINT: env.url('https://127.0.0.1:4001/v2/', ['https']),
  /**
   * Accept any TLS certificate: only for the simulator, whose certificate no public CA
   * signed (the Mollie client pins its own CA bundle). Refused with a live key.
   */
  MOLLIE_TRUST_ANY_CERTIFICATE: env.bool(false),
  /** Where Mollie calls back; default: this service's own port on loopback (simulator only). */
  MOLLIE_WEBHOOK_URL: z.url().optional(),
  /** How often payments not final are polled, and after how long quiet. */
  RECONCILE_EVERY_MS: env.int(60_000, 100),
  RECONCILE_QUIET_FOR_MS: env.int(60_000, 0),
  /** A payment whose creation never finished is given up after this (under Mollie's 1 h). */
  ABANDON_CREATING_AFTER_MS: env.int(45 * 60_000, 0),
});
export type BillingConfig = z.infer<typeof billingConfig>;
