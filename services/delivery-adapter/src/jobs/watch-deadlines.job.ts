import { defineJob } from '@brigade/jobs';
import { z } from 'zod';
import { watchDeadlines } from '../domain/orders/watch-deadlines';
import type { DeliveryDeps } from '../domain/ports';

/** Alerts and fallbacks for marketplace orders nobody decided (every few seconds). */
export const watchDeadlinesJob = (deps: DeliveryDeps) =>
  defineJob({
    name: 'delivery-adapter.watch-deadlines',
    payload: z.object({
      escalateBeforeMs: z.number().int().min(0),
      fallbackBeforeMs: z.number().int().min(0),
    }),
    attempts: 1,
    process: (rules) => watchDeadlines(deps, rules),
  });
