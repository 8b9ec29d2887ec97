import { connect, type Channel, type ChannelModel } from 'amqplib';
import { waitUntil } from './wait-until';

export interface ProbedMessage<T = Record<string, unknown>> {
  body: T;
  headers: Record<string, unknown>;
  routingKey: string;
}

type Waiter = { match: (m: ProbedMessage) => boolean; resolve: (m: ProbedMessage) => void };

/**
 * Listens to the events exchange (and, on request, to dead letters) so a test can wait for
 * what a service published instead of sleeping.
 */
export class BusProbe {
  private readonly seen: ProbedMessage[] = [];
  private readonly waiters = new Set<Waiter>();

  private constructor(
    private readonly conn: ChannelModel,
    private readonly ch: Channel,
    private readonly eventsExchange: string,
  ) {}

  /** Binds a private queue to every event on `eventsExchange`. */
  static async start(amqpUrl: string, eventsExchange: string): Promise<BusProbe> {
    const conn = await connect(amqpUrl);
    const ch = await conn.createChannel();
    await ch.assertExchange(eventsExchange, 'topic', { durable: true, autoDelete: true });
    const probe = new BusProbe(conn, ch, eventsExchange);
    await probe.listen(eventsExchange, '#');
    return probe;
  }

  /** Also records what is dead-lettered from `queue` (the dead-letter exchange routes by queue name). */
  async watchDeadLetters(deadLetterExchange: string, queue: string): Promise<void> {
    await this.ch.assertExchange(deadLetterExchange, 'direct', { durable: true, autoDelete: true });
    await this.listen(deadLetterExchange, queue);
  }

  private async listen(exchange: string, pattern: string): Promise<void> {
    const { queue } = await this.ch.assertQueue('', { exclusive: true, autoDelete: true });
    await this.ch.bindQueue(queue, exchange, pattern);
    await this.ch.consume(
      queue,
      (msg) => {
        if (!msg) return;
        const m: ProbedMessage = {
          body: parseBody(msg.content),
          headers: msg.properties.headers ?? {},
          routingKey: msg.fields.routingKey,
        };
        this.seen.push(m);
        for (const w of this.waiters) {
          if (w.match(m)) {
            this.waiters.delete(w);
            w.resolve(m);
          }
        }
      },
      { noAck: true },
    );
  }

  /**
   * Publishes an event as another service would (routing key = type), confirmed: how a test
   * plays kitchen or billing.
   */
  async publish(event: { id: string; type: string }): Promise<void> {
    const ch = await this.conn.createConfirmChannel();
    try {
      ch.publish(this.eventsExchange, event.type, Buffer.from(JSON.stringify(event)), {
        persistent: true,
        contentType: 'application/json',
        messageId: event.id,
      });
      await ch.waitForConfirms();
    } finally {
      await ch.close();
    }
  }

  /**
   * Resolves once `queue` has a consumer: a service started as a process answers ready
   * before its consumers are subscribed (the broker does not gate readiness), and an event
   * published before that would reach only this probe.
   */
  async consumed(queue: string, timeoutMs = 20_000): Promise<void> {
    await waitUntil(
      async () => {
        // A missing queue closes the channel (404): a fresh one per look.
        const ch = await this.conn.createChannel();
        ch.on('error', () => undefined);
        const found = await ch.checkQueue(queue).catch(() => undefined);
        await ch.close().catch(() => undefined);
        return (found?.consumerCount ?? 0) > 0;
      },
      { what: `a consumer on ${queue}`, timeoutMs, intervalMs: 50 },
    );
  }

  /** Every message seen so far that matches. */
  all<T = Record<string, unknown>>(match: (m: ProbedMessage<T>) => boolean): ProbedMessage<T>[] {
    return (this.seen as ProbedMessage<T>[]).filter(match);
  }

  /** The first message (already seen or still to come) that matches, or a timeout error. */
  waitFor<T = Record<string, unknown>>(
    match: (m: ProbedMessage<T>) => boolean,
    timeoutMs = 10_000,
  ): Promise<ProbedMessage<T>> {
    const found = (this.seen as ProbedMessage<T>[]).find(match);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        match: match as Waiter['match'],
        resolve: (m) => {
          clearTimeout(timer);
          resolve(m as ProbedMessage<T>);
        },
      };
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        reject(new Error(`no matching message within ${timeoutMs} ms (seen ${this.seen.length})`));
      }, timeoutMs);
      this.waiters.add(waiter);
    });
  }

  /** Waits for an event of `type` whose payload matches. */
  waitForEvent<P = Record<string, unknown>>(
    type: string,
    match: (payload: P) => boolean = () => true,
    timeoutMs?: number,
  ) {
    return this.waitFor<{
      type: string;
      payload: P;
      id: string;
      correlationId: string;
      causationId: string | null;
    }>((m) => m.body.type === type && match(m.body.payload), timeoutMs).then((m) => m.body);
  }

  async stop(): Promise<void> {
    await this.conn.close().catch(() => undefined);
  }
}

/** Tests publish broken messages on purpose: keep those as text. */
function parseBody(content: Buffer): Record<string, unknown> {
  try {
    return JSON.parse(content.toString()) as Record<string, unknown>;
  } catch {
    return { raw: content.toString() };
  }
}
