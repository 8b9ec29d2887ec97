import { randomUUID } from 'node:crypto';
import type { Channel, ChannelModel, ConsumeMessage } from 'amqplib';

export interface TappedMessage {
  messageId: string | undefined;
  routingKey: string;
  headers: Record<string, unknown>;
  /** The parsed JSON body, or the text when it is not JSON. */
  body: unknown;
}

type Waiter = { match: (m: TappedMessage) => boolean; resolve: (m: TappedMessage) => void };

/**
 * Records what reaches one queue, so a test waits for a message instead of sleeping. Either
 * a private queue bound to chosen routing keys only (unlike BusProbe's `#`, it leaves other
 * types unroutable), or an existing queue such as a consumer's `<queue>.dlq`.
 */
export class QueueTap {
  private readonly seen: TappedMessage[] = [];
  private readonly waiters = new Set<Waiter>();

  private constructor(
    private readonly ch: Channel,
    private readonly exchange?: string,
    private readonly routingKey?: string,
  ) {}

  /** A private queue on the topic `exchange`, bound to `routingKeys` only. */
  static async bind(
    conn: ChannelModel,
    exchange: string,
    routingKeys: string[],
  ): Promise<QueueTap> {
    const ch = await conn.createChannel();
    await ch.assertExchange(exchange, 'topic', { durable: true, autoDelete: true });
    const { queue } = await ch.assertQueue('', { exclusive: true, autoDelete: true });
    for (const key of routingKeys) await ch.bindQueue(queue, exchange, key);
    const tap = new QueueTap(ch, exchange, routingKeys[0]);
    await tap.consume(queue);
    return tap;
  }

  /** Takes every message from an existing queue (they are gone from it once seen). */
  static async drain(conn: ChannelModel, queue: string): Promise<QueueTap> {
    const tap = new QueueTap(await conn.createChannel());
    await tap.consume(queue);
    return tap;
  }

  private async consume(queue: string): Promise<void> {
    await this.ch.consume(queue, (msg) => msg && this.record(msg), { noAck: true });
  }

  private record(msg: ConsumeMessage): void {
    const m: TappedMessage = {
      messageId: msg.properties.messageId as string | undefined,
      routingKey: msg.fields.routingKey,
      headers: msg.properties.headers ?? {},
      body: parse(msg.content),
    };
    this.seen.push(m);
    for (const w of this.waiters) {
      if (!w.match(m)) continue;
      this.waiters.delete(w);
      w.resolve(m);
    }
  }

  all(match: (m: TappedMessage) => boolean = () => true): TappedMessage[] {
    return this.seen.filter(match);
  }

  /** The first message (seen already or still to come) that matches, or a timeout error. */
  waitFor(match: (m: TappedMessage) => boolean, timeoutMs = 10_000): Promise<TappedMessage> {
    const found = this.seen.find(match);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        reject(new Error(`no matching message within ${timeoutMs} ms (seen ${this.seen.length})`));
      }, timeoutMs);
      const waiter: Waiter = {
        match,
        resolve: (m) => {
          clearTimeout(timer);
          resolve(m);
        },
      };
      this.waiters.add(waiter);
    });
  }

  /**
   * Publishes a marker behind everything the broker has already confirmed into this queue
   * and waits for it: afterwards every such message has been seen (one queue keeps order).
   */
  async sync(): Promise<void> {
    if (!this.exchange || !this.routingKey) throw new Error('sync needs a bound tap');
    const marker = randomUUID();
    this.ch.publish(this.exchange, this.routingKey, Buffer.from('{}'), { messageId: marker });
    await this.waitFor((m) => m.messageId === marker);
  }

  async close(): Promise<void> {
    await this.ch.close().catch(() => undefined);
  }
}

function parse(content: Buffer): unknown {
  try {
    return JSON.parse(content.toString('utf8')) as unknown;
  } catch {
    return content.toString('utf8');
  }
}
