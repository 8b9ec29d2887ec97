import type { Db } from '../db';
import { appendToFeed, type FeedEntry } from './append-to-feed';

/** LISTEN/NOTIFY channel that wakes the streams of every process; the payload names locations. */
export const LIVE_FEED_CHANNEL = 'brigade_live_feed';

/** In a NOTIFY payload: every location may have news. */
export const ALL_LOCATIONS = '*';

/** PostgreSQL refuses payloads of 8000 bytes and more. */
const MAX_PAYLOAD = 7_900;

export interface LiveFeedWriter {
  /** Appends in the open transaction (throws when none is); wakes the streams after commit. */
  append(entries: FeedEntry | readonly FeedEntry[]): Promise<void>;
}

/**
 * The append side a service's repositories use. After the transaction commits, one NOTIFY
 * naming the locations (coalesced over `notifyDelayMs` with other commits) wakes the
 * streams of every process. Not inside the transaction: a NOTIFY there makes every such
 * commit queue on PostgreSQL's one notify lock. A NOTIFY that fails costs a poll interval.
 */
export function liveFeedWriter(
  db: Db,
  { notifyDelayMs = 5, channel = LIVE_FEED_CHANNEL } = {},
): LiveFeedWriter {
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;

  const notify = () => {
    timer = undefined;
    const locations = [...pending].join(',');
    pending.clear();
    const payload = locations.length > MAX_PAYLOAD ? ALL_LOCATIONS : locations;
    db.dataSource.query('SELECT pg_notify($1, $2)', [channel, payload]).catch(() => undefined);
  };

  return {
    async append(entries) {
      const list: readonly FeedEntry[] = Array.isArray(entries) ? entries : [entries as FeedEntry];
      await appendToFeed(db, list);
      db.afterCommit(() => {
        for (const entry of list) pending.add(entry.locationId);
        timer ??= setTimeout(notify, notifyDelayMs).unref();
      });
    },
  };
}
