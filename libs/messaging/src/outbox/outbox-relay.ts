import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import type { Logger } from '@brigade/core';
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
  id: string;
  type: string;
  envelope: { correlationId: string; occurredAt: string };
  attempts: number;
}

/**
 * Publishes outbox rows. Woken by NOTIFY, it claims a batch with FOR UPDATE SKIP LOCKED
 * (so several relays share the work without publishing a row twice at the same time),
 * publishes with confirms, and deletes what the broker confirmed, all in one transaction.
 * A row the broker could not route stays and is retried with growing delay.
 */
export class OutboxRelay {
  private listener: Client | undefined;
  private poll: NodeJS.Timeout | undefined;
  private draining: Promise<void> | undefined;
  private wakeAgain = false;
  private stopped = true;
  /** Events this relay has published since it started. */
  publishedCount = 0;

  constructor(private readonly options: OutboxRelayOptions) {}

  async start(): Promise<void> {
    this.stopped = false;
    await this.listen();
    this.poll = setInterval(() => this.wake(), this.options.pollIntervalMs ?? 1_000);
    this.wake();
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

  /** One transaction: claim, publish, delete the confirmed; returns how many it claimed. */
  private publishBatch(batchSize: number): Promise<number> {
    const { dataSource, publisher, exchange, log } = this.options;
    return dataSource.transaction(async (em) => {
      const rows: OutboxRow[] = await em.query(
        `SELECT id, type, envelope, attempts FROM outbox
          WHERE next_attempt_at <= now()
          ORDER BY seq LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [batchSize],
      );
      if (rows.length === 0) return 0;
      const returned = await publisher.publishBatch(
        rows.map((row) => ({
          exchange,
          routingKey: row.type,
          messageId: row.id,
          body: Buffer.from(JSON.stringify(row.envelope)),
          options: { type: row.type, correlationId: row.envelope.correlationId },
        })),
      );
      const published = rows.filter((r) => !returned.has(r.id)).map((r) => r.id);
      await em.query('DELETE FROM outbox WHERE id = ANY($1::uuid[])', [published]);
      relayMetrics.published.inc(published.length);
      this.publishedCount += published.length;
      if (returned.size > 0) {
        const ids = [...returned];
        log.error({ ids, types: rows.filter((r) => returned.has(r.id)).map((r) => r.type) },
          'events unroutable: no queue is bound for them; kept in the outbox and retried');
        relayMetrics.unroutable.inc(ids.length);
        await em.query(
          `UPDATE outbox SET attempts = attempts + 1, last_error = 'unroutable',
             next_attempt_at = now() + least(interval '1 second' * power(2, attempts), interval '5 minutes')
           WHERE id = ANY($1::uuid[])`,
          [ids],
        );
      }
      return rows.length;
    });
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
      this.listen().catch((err: unknown) => {
        this.options.log.warn({ err }, 'outbox listener could not reconnect');
        this.relisten();
      });
    }, 1_000).unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.poll) clearInterval(this.poll);
    await this.draining;
    await this.listener?.end().catch(() => undefined);
    this.listener = undefined;
  }
}
