import type { Logger } from '@brigade/core';
import type { Db } from '../db';
import { FeedWakeups } from './feed-wakeups';
import { comparePositions, type FeedPosition } from './feed-position';
import { feedHead, readFeed, type FeedEvent, type FeedPage, type FeedScope } from './read-feed';

/** How one process reads the feed; only `db` and `log` are needed. */
export interface LiveFeedOptions {
  db: Db;
  log: Logger;
  /** For the LISTEN connection; the data source's own URL when absent. */
  databaseUrl?: string;
  pollIntervalMs?: number;
  /** Entries per read. */
  pageSize?: number;
  /** Reads running at once across all streams, so streams never crowd requests out of the pool. */
  maxConcurrentReads?: number;
  channel?: string;
}

const HELD_RETRY_MAX_MS = 320;

/** What a follower hears, in order. */
export type FeedStep =
  /** Following from `position`: first, unless the resume point was lost. */
  | { kind: 'ready'; position: FeedPosition }
  /** The resume point was pruned (or never handed out): reload, then go on from `position`. */
  | { kind: 'reset'; position: FeedPosition }
  /** New entries, or none when only the position moved on. */
  | { kind: 'events'; events: FeedEvent[]; position: FeedPosition };

/**
 * The read side of the live feed for one process: every stream follows its scope through
 * it, woken by one shared LISTEN connection and a poll. A stream holds no connection
 * between reads, and reads queue for `maxConcurrentReads` slots.
 */
export class LiveFeed {
  private readonly wakeups: FeedWakeups;
  private readonly closing = new AbortController();
  private readsRunning = 0;
  private readonly readsWaiting: Array<() => void> = [];

  constructor(private readonly options: LiveFeedOptions) {
    this.wakeups = new FeedWakeups({
      databaseUrl: options.databaseUrl ?? urlOf(options.db),
      log: options.log,
      pollIntervalMs: options.pollIntervalMs,
      channel: options.channel,
    });
  }

  /** Whether the shared LISTEN connection is up. */
  get listening(): boolean {
    return this.wakeups.listening;
  }

  /** The scope's entries after `after` (see `readFeed`), waiting for a read slot. */
  read(scope: FeedScope, after: FeedPosition): Promise<FeedPage> {
    return this.limited(() => readFeed(this.options.db, scope, after, this.options.pageSize));
  }

  head(): Promise<FeedPosition> {
    return this.limited(() => feedHead(this.options.db));
  }

  /**
   * Follows the scope from `from` (from now when absent) until `signal` aborts or the feed
   * closes. The consumer pulls at its own pace: nothing is read while it handles a step.
   */
  async *follow(
    scope: FeedScope,
    from: FeedPosition | undefined,
    signal: AbortSignal,
  ): AsyncGenerator<FeedStep> {
    const stopping = new AbortController();
    const stop = () => stopping.abort();
    for (const s of [signal, this.closing.signal])
      s.addEventListener('abort', stop, { once: true });
    if (signal.aborted || this.closing.signal.aborted) stop();
    const woken = new Wakeup(stopping.signal);
    const unsubscribe = this.wakeups.subscribe(scope.locationId, () => woken.set());
    try {
      let position = from ?? (await this.head());
      let first = true;
      let heldFor = 0;
      while (!stopping.signal.aborted) {
        const page = await this.read(scope, position);
        if (page.reset) yield { kind: 'reset', position: page.position };
        else {
          if (first) yield { kind: 'ready', position };
          if (page.events.length > 0 || comparePositions(page.position, position) !== 0) {
            yield { kind: 'events', events: page.events, position: page.position };
          }
        }
        first = false;
        position = page.position;
        if (page.more) continue;
        // Entries held back by an older open transaction are out within milliseconds
        // usually: look again soon rather than at the next poll.
        heldFor = page.held ? Math.min(heldFor * 2 || 5, HELD_RETRY_MAX_MS) : 0;
        await woken.wait(heldFor || undefined);
      }
    } finally {
      unsubscribe();
      for (const s of [signal, this.closing.signal]) s.removeEventListener('abort', stop);
    }
  }

  /** Ends every follower and the LISTEN connection. */
  async close(): Promise<void> {
    this.closing.abort();
    await this.wakeups.close();
  }

  private async limited<T>(read: () => Promise<T>): Promise<T> {
    const max = this.options.maxConcurrentReads ?? 2;
    // A finished read hands its slot straight to the next in line.
    if (this.readsRunning >= max) await new Promise<void>((r) => this.readsWaiting.push(r));
    else this.readsRunning++;
    try {
      return await read();
    } finally {
      const next = this.readsWaiting.shift();
      if (next) next();
      else this.readsRunning--;
    }
  }
}

/** A wake-up flag: set while nobody waits, the next wait returns at once. */
class Wakeup {
  private pending = false;
  private release: (() => void) | undefined;

  constructor(private readonly signal: AbortSignal) {
    signal.addEventListener('abort', () => this.set(), { once: true });
  }

  set(): void {
    this.pending = true;
    this.release?.();
  }

  /** Until set (or aborted), at most `timeoutMs` when given. */
  async wait(timeoutMs?: number): Promise<void> {
    if (!this.pending && !this.signal.aborted) {
      let timer: NodeJS.Timeout | undefined;
      await new Promise<void>((resolve) => {
        this.release = resolve;
        if (timeoutMs !== undefined) timer = setTimeout(resolve, timeoutMs);
      });
      clearTimeout(timer);
      this.release = undefined;
    }
    this.pending = false;
  }
}

function urlOf(db: Db): string {
  const url = (db.dataSource.options as { url?: string }).url;
  if (!url) throw new Error('LiveFeed needs databaseUrl when the data source has no url');
  return url;
}
