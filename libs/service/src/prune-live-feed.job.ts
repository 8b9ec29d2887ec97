import { pruneFeed, type Db } from '@brigade/db';
import { defineJob } from '@brigade/jobs';
import { z } from 'zod';

/**
 * Staff screens resume from the live feed after a reconnect; entries older than the
 * retention go, and a screen resuming from before them gets a `reset` and reloads.
 */
export const pruneLiveFeedJob = (service: string, db: Db) =>
  defineJob({
    name: `${service}.prune-live-feed`,
    payload: z.object({ olderThanHours: z.number().int().min(1) }),
    attempts: 3,
    process: ({ olderThanHours }) => pruneFeed(db, olderThanHours),
  });
