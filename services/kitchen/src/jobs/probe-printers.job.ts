import { defineJob } from '@brigade/jobs';
import { z } from 'zod';
import { probePrinters } from '../domain/health/probe-printers';
import type { KitchenDeps } from '../domain/ports';

/** Every printer's status asked: the printers' heartbeats, and their queues woken when back. */
export const probePrintersJob = (deps: KitchenDeps) =>
  defineJob({
    name: 'kitchen.probe-printers',
    payload: z.object({}),
    attempts: 1,
    process: async () => ({ ready: await probePrinters(deps) }),
  });
