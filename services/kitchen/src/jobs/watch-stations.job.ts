import { defineJob } from '@brigade/jobs';
import { z } from 'zod';
import { markSilentStationsOffline } from '../domain/health/watch-stations';
import type { KitchenDeps } from '../domain/ports';

/** Stations silent for `offlineAfterMs` turn offline, announced once. */
export const watchStationsJob = (deps: KitchenDeps) =>
  defineJob({
    name: 'kitchen.watch-stations',
    payload: z.object({ offlineAfterMs: z.number().int().min(1) }),
    attempts: 1,
    process: async ({ offlineAfterMs }) => ({
      offline: await markSilentStationsOffline(deps, offlineAfterMs),
    }),
  });
