import { defineJob } from '@brigade/jobs';
import type { IdempotencyStore } from '@brigade/http';
import { z } from 'zod';

/** Idempotency keys are kept 24 h at least, then forgotten. */
export const purgeIdempotencyKeysJob = (store: IdempotencyStore) =>
  defineJob({
    name: 'orders.purge-idempotency-keys',
    payload: z.object({ olderThanHours: z.number().int().min(24) }),
    attempts: 3,
    process: ({ olderThanHours }) => store.purge(olderThanHours),
  });
