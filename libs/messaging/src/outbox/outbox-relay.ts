import { Client } from 'pg';
import type { DataSource, EntityManager } from 'typeorm';
import type { Logger } from '@brigade/core';
import { preparedQuery } from '@brigade/db';
import type { Publisher } from '../publisher';
import { relayMetrics } from '../metrics';
import { OUTBOX_CHANNEL } from './outbox';

export interface OutboxRelayOptions {
  dataSource: DataSource;
  /** The same database, for a dedicated LISTEN connection. */
  databaseUrl: string;
  publisher: Publisher;
  exchange: string;
  log: Logger;
  batchSize?: number;
  /** Safety net for a missed NOTIFY (listener reconnecting) and for rows waiting to retry. */
  pollIntervalMs?: number;
}

interface OutboxRow {
  seq: string;
  created_at: Date;
  id: string;
  type: string;
  envelope: { correlationId: string; occurredAt: string };
  attempts: number;
}

/**
 * Publishes outbox rows. Woken by its own process's commits, by NOTIFY from other processes
 * and by a poll (the safety net for rows of a process that died), it takes a batch with
 * FOR UPDATE SKIP LOCKED, so several relays share the work without publishing a row twice
 * at the same time, and publishes it with confirms inside that transaction.
 */
export class OutboxRelay {
  private listener: Client | undefined;
  private poll: NodeJS.Timeout | undefined;
  private draining: Promise<void> | undefined;
  private wakeAgain = false;
  private stopped = true;
  /** Events this relay has published since it started. */
  publishedCount = 0;
  private notifyTimer: NodeJS.Timeout | undefined;

  constructor(private readonly options: OutboxRelayOptions) {}

  async start(): Promise<void> {
    this.stopped = false;
    await this.listen();
    this.poll = setInterval(() => this.wake(), this.options.pollIntervalMs ?? 1_000);
    this.wake();
  }

  /**
   * A transaction of this process committed outbox rows: drain now, and tell the relays of
   * other processes with one NOTIFY (after commit, coalesced to one per few milliseconds).
   */
  committed(): void {
    this.wake();
    if (this.notifyTimer || this.stopped) return;
    this.notifyTimer = setTimeout(() => {
      this.notifyTimer = undefined;
      this.options.dataSource
        .query(`SELECT pg_notify('${OUTBOX_CHANNEL}', '')`)
        .catch((err: unknown) => this.options.log.warn({ err }, 'outbox NOTIFY failed'));
    }, 5);
  }

  /** Drains the outbox now (or once more after the drain under way). */
  wake(): void {
    if (this.stopped) return;
    if (this.draining) {
      this.wakeAgain = true;
      return;
    }
    this.draining = this.drain().finally(() => {
      this.draining = undefined;
      if (this.wakeAgain) {
        this.wakeAgain = false;
        this.wake();
      }
    });
  }

  private async drain(): Promise<void> {
    const batchSize = this.options.batchSize ?? 500;
    try {
      while (!this.stopped && this.options.publisher.ready) {
        const claimed = await this.publishBatch(batchSize);
        if (claimed < batchSize) return;
      }
    } catch (err) {
      this.options.log.warn({ err }, 'outbox relay could not publish; will retry');
    }
  }

  /**
   * One transaction: take a batch out (DELETE … RETURNING, locked rows skipped), publish it,
   * commit. A failed publish rolls back, so the rows are back; the publisher's confirm timeout
   * bounds how long a silent broker keeps this transaction open. Rows the broker could not
   * route go back in with a later due time. Returns how many it took.
   */
  private publishBatch(batchSize: number): Promise<number> {
    const { dataSource, publisher, exchange } = this.options;
    return dataSource.transaction(async (em) => {
      const taken = await preparedQuery<OutboxRow>(
        em,
        `DELETE FROM outbox WHERE seq IN (
           SELECT seq FROM outbox WHERE next_attempt_at <= now()
            ORDER BY seq LIMIT $1 FOR UPDATE SKIP LOCKED)
         RETURNING seq, id, type, envelope, attempts, created_at`,
        [batchSize],
      );
      if (taken.length === 0) return 0;
      const rows = taken.sort((a, b) => Number(a.seq) - Number(b.seq));
      const returned = await publisher.publishBatch(
        rows.map((row) => ({
          exchange,
          routingKey: row.type,
          messageId: row.id,
          body: Buffer.from(JSON.stringify(row.envelope)),
          options: { type: row.type, correlationId: row.envelope.correlationId },
        })),
      );
      const published = rows.length - returned.size;
      relayMetrics.published.inc(published);
      this.publishedCount += published;
      if (returned.size > 0)
        await this.putBackUnroutable(
          em,
          rows.filter((r) => returned.has(r.id)),
        );
      return rows.length;
    });
  }

  private async putBackUnroutable(em: EntityManager, rows: OutboxRow[]): Promise<void> {
    this.options.log.error(
      { ids: rows.map((r) => r.id), types: rows.map((r) => r.type) },
      'events unroutable: no queue is bound for them; kept in the outbox and retried',
    );
    relayMetrics.unroutable.inc(rows.length);
    await em.query(
      `INSERT INTO outbox (id, type, envelope, attempts, created_at, last_error, next_attempt_at)
       SELECT r.id, r.type, r.envelope, r.attempts + 1, r.created_at, 'unroutable',
              now() + least(interval '1 second' * power(2, r.attempts), interval '5 minutes')
         FROM unnest($1::uuid[], $2::text[], $3::jsonb[], $4::int[], $5::timestamptz[])
           AS r (id, type, envelope, attempts, created_at)`,
      [
        rows.map((r) => r.id),
        rows.map((r) => r.type),
        rows.map((r) => JSON.stringify(r.envelope)),
        rows.map((r) => r.attempts),
        rows.map((r) => r.created_at),
      ],
    );
  }

  private async listen(): Promise<void> {
    const client = new Client({ connectionString: this.options.databaseUrl });
    client.on('notification', () => this.wake());
    client.on('error', (err) => {
      this.options.log.warn({ err }, 'outbox listener lost; polling until it is back');
      this.listener = undefined;
      client.end().catch(() => undefined);
      this.relisten();
    });
    await client.connect();
    await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
    this.listener = client;
  }

  private relisten(): void {
    if (this.stopped) return;
    setTimeout(() => {
      if (this.stopped) return;
      this.listen().catch((err: unknown) => {
        this.options.log.warn({ err }, 'outbox listener could not reconnect');
        this.relisten();
      });
    }, 1_000).unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.poll) clearInterval(this.poll);
    if (this.notifyTimer) clearTimeout(this.notifyTimer);
    await this.draining;
    await this.listener?.end().catch(() => undefined);
    this.listener = undefined;
  }
}
