import type { Logger } from '@brigade/core';
import { Client } from 'pg';
import { ALL_LOCATIONS, LIVE_FEED_CHANNEL } from './live-feed-writer';

/** Where and how often to look for news. */
export interface FeedWakeupsOptions {
  /** The feed's database, for the one dedicated LISTEN connection (never a pool's). */
  databaseUrl: string;
  log: Logger;
  /** Safety net for a missed NOTIFY, and for entries held back by an older open transaction. */
  pollIntervalMs?: number;
  channel?: string;
}

type Wake = () => void;

/** One activation: from the first subscriber to the last. */
interface Session {
  poll: NodeJS.Timeout;
  listener?: Client;
  closed: boolean;
}

/**
 * Tells the streams of one process when their location's feed may have news: on a NOTIFY
 * naming the location (or all of them), and at every poll. One LISTEN connection serves
 * every stream; it opens with the first subscriber and closes with the last, so a process
 * nobody watches holds no connection and no timer.
 */
export class FeedWakeups {
  private readonly subscribers = new Map<string, Set<Wake>>();
  private session: Session | undefined;

  constructor(private readonly options: FeedWakeupsOptions) {}

  /** Calls `wake` whenever `locationId`'s feed may have news; returns the unsubscribe. */
  subscribe(locationId: string, wake: Wake): () => void {
    let wakes = this.subscribers.get(locationId);
    if (!wakes) this.subscribers.set(locationId, (wakes = new Set()));
    wakes.add(wake);
    this.session ??= this.start();
    return () => {
      wakes.delete(wake);
      if (wakes.size === 0 && this.subscribers.get(locationId) === wakes) {
        this.subscribers.delete(locationId);
      }
      if (this.subscribers.size === 0) void this.stop();
    };
  }

  /** Whether the LISTEN connection is up (the poll wakes streams meanwhile). */
  get listening(): boolean {
    return this.session?.listener !== undefined;
  }

  /** Closes the LISTEN connection and the poll; streams still subscribed are no longer woken. */
  close(): Promise<void> {
    this.subscribers.clear();
    return this.stop();
  }

  private start(): Session {
    const interval = this.options.pollIntervalMs ?? 1_000;
    const session: Session = { poll: setInterval(() => this.wakeAll(), interval), closed: false };
    session.poll.unref();
    this.connect(session);
    return session;
  }

  private async stop(): Promise<void> {
    const session = this.session;
    if (!session) return;
    this.session = undefined;
    session.closed = true;
    clearInterval(session.poll);
    const listener = session.listener;
    session.listener = undefined;
    await listener?.end().catch(() => undefined);
  }

  private connect(session: Session): void {
    this.listen(session).catch((err: unknown) => {
      this.options.log.warn({ err }, 'live feed listener could not connect; polling meanwhile');
      this.retry(session);
    });
  }

  private async listen(session: Session): Promise<void> {
    const client = new Client({
      connectionString: this.options.databaseUrl,
      application_name: 'live-feed-listener',
    });
    client.on('notification', (msg) => this.wakeFor(msg.payload ?? ALL_LOCATIONS));
    client.on('error', (err) => this.lost(session, client, err));
    client.on('end', () => this.lost(session, client));
    try {
      await client.connect();
      await client.query(`LISTEN ${this.options.channel ?? LIVE_FEED_CHANNEL}`);
    } catch (err) {
      await client.end().catch(() => undefined);
      throw err;
    }
    if (session.closed) {
      await client.end().catch(() => undefined);
      return;
    }
    session.listener = client;
    // Whatever was notified while no connection listened.
    this.wakeAll();
  }

  private lost(session: Session, client: Client, err?: Error): void {
    if (session.listener !== client) return;
    session.listener = undefined;
    this.options.log.warn({ err }, 'live feed listener lost; polling until it is back');
    client.end().catch(() => undefined);
    this.retry(session);
  }

  private retry(session: Session): void {
    setTimeout(() => {
      if (!session.closed && !session.listener) this.connect(session);
    }, 1_000).unref();
  }

  private wakeFor(payload: string): void {
    if (payload === ALL_LOCATIONS || payload === '') return this.wakeAll();
    for (const locationId of payload.split(',')) {
      for (const wake of this.subscribers.get(locationId) ?? []) wake();
    }
  }

  private wakeAll(): void {
    for (const wakes of this.subscribers.values()) for (const wake of wakes) wake();
  }
}
