import { env } from '@brigade/core';
import { baseConfig } from '@brigade/service';
import { z } from 'zod';

/** The platform's variables, and the key platform staff onboard businesses with. */
export const ordersConfig = baseConfig('orders', 3001).extend({
  /**
   * `X-Provisioning-Key` of `POST /v1/tenants` (platform staff onboarding a business).
   * The default is for a developer machine only.
   */
  PROVISIONING_KEY: z.string().min(32).default('brigade-development-provisioning-key-change-me'),
  /** Hours the live feed keeps its entries; a screen offline longer reloads (`reset`). */
  LIVE_FEED_RETENTION_HOURS: env.int(24, 1),
});
export type OrdersConfig = z.infer<typeof ordersConfig>;
