import { defineJob } from '@brigade/jobs';
import { z } from 'zod';
import { pollReceipts } from '../domain/follow-pos-order';
import type { PosAdapterDeps } from '../domain/ports';

/** Finds the receipts whose callback was lost, asking each order at most once per interval. */
export const pollReceiptsJob = (deps: PosAdapterDeps) =>
  defineJob({
    name: 'pos-adapter.poll-receipts',
    payload: z.object({ minIntervalMs: z.number().int().min(0) }),
    attempts: 1,
    process: ({ minIntervalMs }) => pollReceipts(deps, minIntervalMs),
  });
