import { createHash, randomUUID } from 'node:crypto';
import type { ChannelModel, ConfirmChannel, ConsumeMessage, Message } from 'amqplib';
import type { Logger } from '@brigade/core';
import type { AmqpConnection, TopologyNames } from '@brigade/messaging';
import type { DeadLetterProperties, NewFailure } from '../domain/failure';
import { deadLetterFailure } from './dead-letter-failure';

const RETURN_ID = 'x-brigade-console-send-id';

/**
 * Takes every consumer's dead letters (`<queue>.dlq`) into the console's database, where
 * operators see and act on them; a message is acked only once it is recorded, so a crash
 * leaves it in its DLQ. Re-sends publish the recorded bytes back into the consumer's queue,
 * confirmed and routed (an unroutable copy counts as failed).
 */
export class DeadLetterDrain {
  private publish: ConfirmChannel | undefined;
  private readonly returned = new Set<string>();
  private stopping = false;

  constructor(
    private readonly deps: {
      amqp: AmqpConnection;
      names: TopologyNames;
      log: Logger;
      queues: readonly string[];
      expiresMs?: number;
      prefetch: number;
      record(failure: NewFailure): Promise<void>;
    },
  ) {}

  async start(): Promise<void> {
    await this.deps.amqp.onConnected((conn) => this.attach(conn));
  }

  private async attach(conn: ChannelModel): Promise<void> {
    if (this.stopping) return;
    const { names, log, queues, expiresMs, prefetch } = this.deps;
    const publish = await conn.createConfirmChannel();
    publish.on('error', (err: Error) => log.warn({ err }, 'dead-letter publish channel error'));
    publish.on('return', (msg: Message) => {
      const id = msg.properties.headers?.[RETURN_ID];
      if (typeof id === 'string') this.returned.add(id);
    });
    this.publish = publish;
    const ch = await conn.createChannel();
    ch.on('error', (err: Error) => log.warn({ err }, 'dead-letter channel error'));
    await ch.prefetch(prefetch);
    for (const queue of queues) {
      const dlq = names.dlq(queue);
      const expires = expiresMs ? { 'x-expires': expiresMs } : {};
      await ch.assertQueue(dlq, {
        durable: true,
        arguments: { 'x-queue-type': 'quorum', ...expires },
      });
      await ch.bindQueue(dlq, names.deadLetters, names.queue(queue));
      await ch.consume(dlq, (msg) => {
        if (!msg || this.stopping) return;
        void this.take(queue, msg).then(
          () => safely(() => ch.ack(msg)),
          (err: unknown) => {
            log.error({ err, queue }, 'dead letter not recorded; it stays in its queue');
            // Back in its queue after a pause, so a database outage is not a busy loop.
            setTimeout(() => safely(() => ch.nack(msg, false, true)), 1_000).unref();
          },
        );
      });
    }
  }

  private take(queue: string, msg: ConsumeMessage): Promise<void> {
    const p = msg.properties;
    const properties: DeadLetterProperties = {
      messageId: (p.messageId as string | undefined) ?? null,
      type: (p.type as string | undefined) ?? null,
      contentType: (p.contentType as string | undefined) ?? null,
      correlationId: (p.correlationId as string | undefined) ?? null,
      headers: { ...(p.headers ?? {}) },
    };
    const key = properties.messageId ?? createHash('sha256').update(msg.content).digest('hex');
    return this.deps.record(deadLetterFailure(queue, key, msg.content, properties));
  }

  /** Publishes a dead letter's bytes back into its consumer's queue; throws unless confirmed and routed. */
  async resend(
    queue: string,
    content: Buffer,
    properties: DeadLetterProperties,
    by: string,
  ): Promise<void> {
    const publish = this.publish;
    if (!publish || !this.deps.amqp.isConnected) throw new Error('the broker is not reachable');
    const sendId = randomUUID();
    const headers = Object.fromEntries(
      Object.entries(properties.headers).filter(
        ([k]) => !k.startsWith('x-brigade-') && k !== 'x-death' && !k.startsWith('x-first-death'),
      ),
    );
    publish.publish('', this.deps.names.queue(queue), content, {
      persistent: true,
      mandatory: true,
      messageId: properties.messageId ?? undefined,
      type: properties.type ?? undefined,
      contentType: properties.contentType ?? 'application/json',
      correlationId: properties.correlationId ?? undefined,
      headers: { ...headers, 'x-brigade-resent-by': by, [RETURN_ID]: sendId },
    });
    await publish.waitForConfirms();
    if (this.returned.delete(sendId)) throw new Error(`the queue ${queue} does not exist`);
  }

  stop(): void {
    this.stopping = true;
  }
}

function safely(fn: () => void): void {
  try {
    fn();
  } catch {
    // The channel is gone: the broker redelivers, and recording is idempotent.
  }
}
