import { EventEmitter } from 'node:events';
import { connect, type ChannelModel } from 'amqplib';
import type { Logger } from '@brigade/core';

export interface AmqpConnectionOptions {
  url: string;
  log: Logger;
  /** Name shown in the RabbitMQ connection list. */
  clientName: string;
  minReconnectDelayMs?: number;
  maxReconnectDelayMs?: number;
  /** A peer that accepts TCP but never answers must not hold an attempt (or `close()`) forever. */
  connectTimeoutMs?: number;
}

type Setup = (conn: ChannelModel) => Promise<void>;

/**
 * One AMQP connection that reconnects by itself. Every registered setup (topology,
 * publisher channel, consumers) runs again on each new connection, in order.
 * Emits `connected` and `disconnected`.
 */
export class AmqpConnection extends EventEmitter {
  private conn: ChannelModel | undefined;
  private readonly setups: Setup[] = [];
  private stopped = false;
  private attempt = 0;
  private timer: NodeJS.Timeout | undefined;
  private connecting: Promise<void> | undefined;

  constructor(private readonly options: AmqpConnectionOptions) {
    super();
  }

  get isConnected(): boolean {
    return this.conn !== undefined;
  }

  /** Registers a setup; runs it at once when already connected. */
  async onConnected(setup: Setup): Promise<void> {
    this.setups.push(setup);
    if (this.conn) await setup(this.conn);
  }

  /** Starts connecting in the background; the service runs (and queues in its outbox) meanwhile. */
  start(): void {
    this.stopped = false;
    this.connecting ??= this.tryConnect();
  }

  /** Resolves once connected, or rejects after `timeoutMs`. */
  waitUntilConnected(timeoutMs = 10_000): Promise<void> {
    if (this.conn) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.off('connected', onConnected);
        reject(new Error(`no AMQP connection after ${timeoutMs} ms`));
      }, timeoutMs);
      const onConnected = () => {
        clearTimeout(timer);
        resolve();
      };
      this.once('connected', onConnected);
    });
  }

  private async tryConnect(): Promise<void> {
    const { log } = this.options;
    let conn: ChannelModel | undefined;
    try {
      conn = await connect(this.options.url, {
        // Without it Nagle's algorithm holds small frames (publishes, acks) for up to 40 ms.
        noDelay: true,
        timeout: this.options.connectTimeoutMs ?? 5_000,
        clientProperties: { connection_name: this.options.clientName },
      });
      if (this.stopped) {
        await conn.close().catch(() => undefined);
        return;
      }
      conn.on('error', (err: Error) => log.warn({ err }, 'amqp connection error'));
      conn.on('close', () => this.onClosed(conn!));
      for (const setup of this.setups) await setup(conn);
      if (this.stopped) {
        await conn.close().catch(() => undefined);
        return;
      }
      this.conn = conn;
      this.attempt = 0;
      log.info('amqp connected');
      this.emit('connected');
    } catch (err) {
      log.warn({ err, attempt: this.attempt }, 'amqp connect failed; retrying');
      if (conn) await conn.close().catch(() => undefined);
      this.scheduleReconnect();
    } finally {
      this.connecting = undefined;
    }
  }

  private onClosed(conn: ChannelModel): void {
    if (this.conn !== conn) return;
    this.conn = undefined;
    this.emit('disconnected');
    if (this.stopped) return;
    this.options.log.warn('amqp connection lost; reconnecting');
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    if (this.stopped || this.timer) return;
    const min = this.options.minReconnectDelayMs ?? 200;
    const max = this.options.maxReconnectDelayMs ?? 5_000;
    const delay = Math.min(max, min * 2 ** this.attempt++) * (0.8 + Math.random() * 0.4);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.connecting ??= this.tryConnect();
    }, delay);
  }

  async close(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    // An attempt under way closes its own connection when it sees `stopped`; no need to wait.
    const conn = this.conn;
    this.conn = undefined;
    if (conn) await conn.close().catch(() => undefined);
  }
}
