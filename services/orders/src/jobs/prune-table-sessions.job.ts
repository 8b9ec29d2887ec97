import { defineJob } from '@brigade/jobs';
import { z } from 'zod';
import { pruneTableSessions } from '../domain/floor/prune-table-sessions';
import type { OrdersDeps } from '../domain/ports';

/** Table-session lifetimes of every location; the statements guard the effect, a rerun is harmless. */
export const pruneTableSessionsJob = (deps: OrdersDeps) =>
  defineJob({
    name: 'orders.prune-table-sessions',
    payload: z.object({}),
    attempts: 3,
    process: () => pruneTableSessions(deps),
  });
