import { defineJob, jobOwner } from '@brigade/jobs';
import { z } from 'zod';
import { publishMenu } from '../domain/menu/publish-menu';
import type { DeliveryDeps } from '../domain/ports';

/** A store's menu published to its marketplace, retried through its outages. */
export const publishMenuJob = (deps: DeliveryDeps) =>
  defineJob({
    name: 'delivery-adapter.publish-menu',
    payload: z.object({
      marketplace: z.enum(['uber-eats', 'wolt', 'deliveroo']),
      storeId: z.string().min(1),
      ...jobOwner,
    }),
    attempts: 10,
    backoffMs: 2_000,
    backoffMaxMs: 60_000,
    process: ({ marketplace, storeId }) => publishMenu(deps, marketplace, storeId),
  });
