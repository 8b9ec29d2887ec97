import { defineJob } from '@brigade/jobs';
import { z } from 'zod';
import { reconcilePayments } from '../domain/payments/reconcile-payments';
import type { BillingDeps } from '../domain/ports';

/** Polls every payment not final yet: webhooks that never came are found here. */
export const reconcilePaymentsJob = (deps: BillingDeps) =>
  defineJob({
    name: 'billing.reconcile-payments',
    payload: z.object({
      quietForMs: z.number().int().min(0),
      abandonCreatingAfterMs: z.number().int().min(0),
    }),
    attempts: 1,
    process: (options) => reconcilePayments(deps, options),
  });
