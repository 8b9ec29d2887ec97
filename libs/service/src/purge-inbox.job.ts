import type { Db } from '@brigade/db';
import { defineJob } from '@brigade/jobs';
import { z } from 'zod';

/**
 * Inbox rows only need to outlive any redelivery: after the retention a message id is
 * forgotten. A message redelivered later than that would be applied again.
 */
export const purgeInboxJob = (service: string, db: Db) =>
  defineJob({
    name: `${service}.purge-inbox`,
    payload: z.object({ olderThanDays: z.number().int().min(1) }),
    attempts: 3,
    process: ({ olderThanDays }) =>
      db.query(`DELETE FROM inbox WHERE received_at < now() - $1 * interval '1 day'`, [
        olderThanDays,
      ]),
  });
