import { defineJob } from '@brigade/jobs';
import { z } from 'zod';
import { syncProviderPayment } from '../domain/payments/sync-provider-payment';
import type { BillingDeps } from '../domain/ports';

/**
 * One Mollie webhook, applied: retried with back-off while Mollie cannot be reached; the
 * status machine makes a rerun (BullMQ runs a job at least once) harmless.
 */
export const syncMolliePaymentJob = (deps: BillingDeps) =>
  defineJob({
    name: 'billing.sync-mollie-payment',
    payload: z.object({ molliePaymentId: z.string().max(100) }),
    attempts: 10,
    backoffMs: 2_000,
    concurrency: 4,
    process: ({ molliePaymentId }) => syncProviderPayment(deps, molliePaymentId),
  });
