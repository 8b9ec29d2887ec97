import type { Job } from 'bullmq';
import { z } from 'zod';

/** A job type: its queue name (`<service>.<job>`), payload schema, retry policy and processor. */
export interface JobDefinition<P extends z.ZodType = z.ZodType> {
  name: string;
  payload: P;
  /** Bounded: after the last attempt the job is failed for good (and kept). */
  attempts?: number;
  /** First back-off delay; doubles on each attempt. */
  backoffMs?: number;
  /** The back-off never grows past this: a dependency down for long is tried at least this often. */
  backoffMaxMs?: number;
  concurrency?: number;
  /** `token` is the job's lock token, for moving it back to delayed from inside. */
  process(payload: z.infer<P>, job: Job, token?: string): Promise<unknown>;
}

export function defineJob<P extends z.ZodType>(def: JobDefinition<P>): JobDefinition<P> {
  if (!/^[a-z0-9-]+\.[a-z0-9-]+$/.test(def.name)) throw new Error(`bad job name: ${def.name}`);
  return def;
}

/**
 * Who a job works for, in its payload: the operator console shows a job that failed for good
 * to that tenant's operators (a job naming nobody is shown to admins only).
 */
export const jobOwner = {
  tenantId: z.string().uuid().optional(),
  locationId: z.string().uuid().optional(),
};
