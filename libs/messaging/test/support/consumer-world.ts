import { connect, type ChannelModel } from 'amqplib';
import { newId } from '../../../contracts/src';
import type { TestEnv } from '../../../testing/src';
import {
  AmqpConnection,
  ConsumerRunner,
  declareConsumerQueue,
  declareExchanges,
  on,
  TopologyNames,
  type ConsumerOptions,
} from '../../src';
import { EXPIRES_MS, newConnection } from './broker';
import { MessagingDatabase } from './messaging-database';
import { QueueTap } from './queue-tap';
import { log, ThingHappenedV1 } from './thing-events';

/** The consumer's queue, also its name in the inbox. */
export const QUEUE = 'test.thing-events';
export const RETRY_DELAYS_MS = [50, 100];

/** Prefetch 1: messages are handled in queue order, so a later marker proves earlier ones done. */
const OPTIONS: ConsumerOptions = {
  prefetch: 1,
  deliveryLimit: 5,
  retryDelaysMs: RETRY_DELAYS_MS,
  expiresMs: EXPIRES_MS,
};

/** What the handler does on one attempt at one event; the default applies the effect. */
export type Behaviour = (event: ThingHappenedV1, attempt: number) => Promise<void>;

export interface RunningConsumer {
  amqp: AmqpConnection;
  runner: ConsumerRunner;
  /** Stops the runner (letting handlers finish) and closes its connection. */
  stop(): Promise<void>;
}

/**
 * One test file's consumer world: a scratch database, the topology of `QUEUE`, a tap that
 * drains its `.dlq`, and one handler for ThingHappenedV1 whose behaviour each test sets per
 * event id. Every test starts its own runner on its own connection.
 */
export class ConsumerWorld {
  readonly names: TopologyNames;
  /** Ids of the events the handler was called with since the last `startConsumer`. */
  readonly calls: string[] = [];
  private readonly attemptsById = new Map<string, number>();
  private readonly behaviours = new Map<string, Behaviour>();

  private constructor(
    private readonly env: TestEnv,
    readonly store: MessagingDatabase,
    readonly broker: ChannelModel,
    readonly deadLetters: QueueTap,
  ) {
    this.names = new TopologyNames(env.amqpPrefix);
  }

  static async open(env: TestEnv): Promise<ConsumerWorld> {
    const names = new TopologyNames(env.amqpPrefix);
    const store = await MessagingDatabase.create(env);
    const broker = await connect(env.run.amqpUrl);
    const ch = await broker.createChannel();
    await declareExchanges(ch, names, EXPIRES_MS);
    await declareConsumerQueue(ch, names, QUEUE, [ThingHappenedV1.type], OPTIONS);
    await ch.close();
    const deadLetters = await QueueTap.drain(broker, names.dlq(QUEUE));
    return new ConsumerWorld(env, store, broker, deadLetters);
  }

  /** `idempotent`: the handler is marked idempotent (no inbox row). */
  async startConsumer(options: { idempotent?: boolean } = {}): Promise<RunningConsumer> {
    this.calls.length = 0;
    const amqp = newConnection(this.env.run.amqpUrl, this.names);
    const runner = new ConsumerRunner({
      amqp,
      db: this.store.db,
      names: this.names,
      log,
      options: OPTIONS,
    });
    await runner.subscribe({
      queue: QUEUE,
      handlers: [
        { ...on(ThingHappenedV1, (event) => this.handle(event)), idempotent: options.idempotent },
      ],
    });
    amqp.start();
    await amqp.waitUntilConnected();
    return {
      amqp,
      runner,
      stop: async () => {
        await runner.stop();
        await amqp.close();
      },
    };
  }

  behave(eventId: string, behaviour: Behaviour): void {
    this.behaviours.set(eventId, behaviour);
  }

  /** How many times the handler ran for `eventId`. */
  attempts(eventId: string): number {
    return this.attemptsById.get(eventId) ?? 0;
  }

  /** The handler's effect, written through `db` so it joins the inbox transaction. */
  readonly applyEffect = async (event: ThingHappenedV1): Promise<void> => {
    await this.store.db.query('INSERT INTO thing_effects (message_id, n) VALUES ($1, $2)', [
      event.id,
      event.payload.n,
    ]);
  };

  private async handle(event: ThingHappenedV1): Promise<void> {
    this.calls.push(event.id);
    const attempt = this.attempts(event.id) + 1;
    this.attemptsById.set(event.id, attempt);
    await (this.behaviours.get(event.id) ?? this.applyEffect)(event, attempt);
  }

  /** Publishes to the events exchange as a relay does: routing key = type, message id = event id. */
  async publish(body: unknown, messageId = newId(), type = ThingHappenedV1.type): Promise<void> {
    const ch = await this.broker.createConfirmChannel();
    const content = typeof body === 'string' ? body : JSON.stringify(body);
    ch.publish(this.names.events, type, Buffer.from(content), {
      persistent: true,
      contentType: 'application/json',
      messageId,
    });
    await ch.waitForConfirms();
    await ch.close();
  }

  /** Messages ready in the consumer's queue; unacked ones of a closed channel count again. */
  async readyMessages(): Promise<number> {
    const ch = await this.broker.createChannel();
    const { messageCount } = await ch.checkQueue(this.names.queue(QUEUE));
    await ch.close();
    return messageCount;
  }

  effects(eventId: string): Promise<number> {
    return this.store.effects(eventId);
  }

  inboxRows(eventId: string): Promise<number> {
    return this.store.inboxRows(QUEUE, eventId);
  }

  async close(): Promise<void> {
    await this.deadLetters.close();
    await this.broker.close().catch(() => undefined);
    await this.store.close();
  }
}
