import { defineJob, jobOwner } from '@brigade/jobs';
import { z } from 'zod';
import { sendAvailability, watchBusy } from '../domain/busy/busy-mode';
import type { DeliveryDeps } from '../domain/ports';

/** Busy rules and manual settings that run out, applied every few seconds. */
export const watchBusyJob = (deps: DeliveryDeps) =>
  defineJob({
    name: 'delivery-adapter.watch-busy',
    payload: z.object({}),
    attempts: 1,
    process: () => watchBusy(deps),
  });

/** A store's availability told to its marketplace, retried through its outages. */
export const sendAvailabilityJob = (deps: DeliveryDeps) =>
  defineJob({
    name: 'delivery-adapter.store-availability',
    payload: z.object({
      marketplace: z.enum(['uber-eats', 'wolt', 'deliveroo']),
      storeId: z.string().min(1),
      version: z.number().int(),
      ...jobOwner,
    }),
    attempts: 20,
    backoffMs: 1_000,
    backoffMaxMs: 30_000,
    process: ({ marketplace, storeId, version }) =>
      sendAvailability(deps, marketplace, storeId, version),
  });
