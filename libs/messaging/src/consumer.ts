import { randomUUID } from 'node:crypto';
import type {
  Channel,
  ChannelModel,
  ConfirmChannel,
  ConsumeMessage,
  Message,
  Options,
} from 'amqplib';
import type { AnyEventContract, Envelope, EventOf } from '@brigade/contracts';
import { AppError, runWithContext, type Logger } from '@brigade/core';
import type { Db } from '@brigade/db';
import type { AmqpConnection } from './connection';
import { claimInbox } from './inbox/inbox';
import { consumerMetrics } from './metrics';
import type { TopologyNames } from './names';
import { declareConsumerQueue, type QueueOptions } from './topology';

/** Handles one event type; runs inside the inbox transaction (`withTransaction` in it joins it). */
export interface EventHandler {
  contract: AnyEventContract;
  handle(event: Envelope): Promise<void>;
  /**
   * The effect is idempotent by itself (applied twice, it changes nothing more): no inbox
   * row is written for it, one write less per message.
   */
  idempotent?: boolean;
}

/** Pairs a contract with its handler, typed by the contract. */
export function on<C extends AnyEventContract>(
  contract: C,
  handle: (event: EventOf<C>) => Promise<void>,
): EventHandler {
  return { contract, handle: handle as (event: Envelope) => Promise<void> };
}

/** One row of a service's subscription table. */
export interface Subscription {
  /** `<service>.<source>-events`; also the consumer's name in the inbox. */
  queue: string;
  handlers: readonly EventHandler[];
}

export interface ConsumerOptions extends QueueOptions {
  prefetch: number;
}

const ATTEMPT_HEADER = 'x-brigade-attempt';
const FORWARD_ID_HEADER = 'x-brigade-forward-id';
type DeadLetterReason = 'invalid-message' | 'rejected' | 'retries-exhausted';

/**
 * Runs subscriptions: validates each message against its contract, applies it once
 * (inbox row and effect in one transaction), acks after commit. Failures go to a retry
 * queue with a growing delay, then to `<queue>.dlq`; invalid or non-retryable messages
 * go there at once. Nothing is dropped. A delivery tag of a lost channel is never acked
 * on a new one: the broker redelivers and the inbox skips what was already applied.
 */
export class ConsumerRunner {
  private readonly inFlight = new Set<Promise<void>>();
  private readonly channels = new Set<Channel>();
  /** Forwarded copies the broker could not route (a retry queue or DLQ missing). */
  private readonly unroutable = new Set<string>();
  private stopping = false;

  constructor(
    private readonly deps: {
      amqp: AmqpConnection;
      db: Db;
      names: TopologyNames;
      log: Logger;
      options: ConsumerOptions;
    },
  ) {}

  async subscribe(sub: Subscription): Promise<void> {
    await this.deps.amqp.onConnected((conn) => this.attach(conn, sub));
  }

  private async attach(conn: ChannelModel, sub: Subscription): Promise<void> {
    if (this.stopping) return; // a stopped runner does not come back on a reconnect
    const { names, options, log } = this.deps;
    const ch = await conn.createChannel();
    const republish = await conn.createConfirmChannel();
    republish.on('return', (returned: Message) => {
      const id = returned.properties.headers?.[FORWARD_ID_HEADER];
      if (typeof id === 'string') this.unroutable.add(id);
    });
    for (const c of [ch, republish]) {
      c.on('error', (err: Error) => log.warn({ err, queue: sub.queue }, 'consumer channel error'));
      this.channels.add(c);
      c.on('close', () => this.channels.delete(c));
    }
    const types = sub.handlers.map((h) => h.contract.type);
    await declareConsumerQueue(ch, names, sub.queue, types, options);
    await ch.prefetch(options.prefetch);
    await ch.consume(names.queue(sub.queue), (msg) => {
      if (!msg || this.stopping) return;
      const work = this.onMessage(ch, republish, sub, msg);
      this.inFlight.add(work);
      void work.finally(() => this.inFlight.delete(work));
    });
  }

  private async onMessage(
    ch: Channel,
    republish: ConfirmChannel,
    sub: Subscription,
    msg: ConsumeMessage,
  ) {
    const timer = consumerMetrics.duration.startTimer({ queue: sub.queue });
    let outcome = 'applied';
    let event: Envelope;
    let handler: EventHandler;
    try {
      [handler, event] = parseMessage(msg, sub.handlers);
    } catch (err) {
      outcome = 'invalid';
      await this.deadLetter(ch, republish, sub, msg, 'invalid-message', err);
      consumerMetrics.handled.inc({ queue: sub.queue, outcome });
      timer();
      return;
    }
    const context = {
      correlationId: event.correlationId,
      messageId: event.id,
      tenantId: event.tenantId,
      locationId: event.locationId,
    };
    await runWithContext(context, async () => {
      try {
        await this.deps.db.withTransaction(async (em) => {
          if (handler.idempotent || (await claimInbox(em, sub.queue, event.id)))
            await handler.handle(event);
          else outcome = 'duplicate';
        });
        safeAck(ch, msg);
      } catch (err) {
        outcome = await this.onFailure(ch, republish, sub, msg, err);
      }
    });
    consumerMetrics.handled.inc({ queue: sub.queue, outcome });
    timer();
  }

  private async onFailure(
    ch: Channel,
    republish: ConfirmChannel,
    sub: Subscription,
    msg: ConsumeMessage,
    err: unknown,
  ): Promise<string> {
    const { names, options, log } = this.deps;
    const retryable = !(err instanceof AppError) || err.retryable;
    const attempt = Number(msg.properties.headers?.[ATTEMPT_HEADER] ?? 0) + 1;
    if (!retryable) {
      await this.deadLetter(ch, republish, sub, msg, 'rejected', err);
      return 'rejected';
    }
    if (attempt > options.retryDelaysMs.length) {
      await this.deadLetter(ch, republish, sub, msg, 'retries-exhausted', err);
      return 'dead-lettered';
    }
    log.warn({ err, attempt, type: msg.properties.type }, 'message failed; retrying later');
    await this.forward(ch, republish, msg, '', names.retry(sub.queue, attempt), {
      [ATTEMPT_HEADER]: attempt,
    });
    return 'retried';
  }

  private async deadLetter(
    ch: Channel,
    republish: ConfirmChannel,
    sub: Subscription,
    msg: ConsumeMessage,
    reason: DeadLetterReason,
    err: unknown,
  ): Promise<void> {
    const { names, log } = this.deps;
    const error = err instanceof Error ? err.message : String(err);
    log.error({ err, reason, messageId: msg.properties.messageId }, 'message dead-lettered');
    await this.forward(ch, republish, msg, names.deadLetters, names.queue(sub.queue), {
      'x-brigade-reason': reason,
      'x-brigade-error': error.slice(0, 2_000),
      'x-brigade-failed-at': new Date().toISOString(),
    });
  }

  /**
   * Publishes a copy (confirmed, and routed: a returned copy counts as failed) and only
   * then acks the original; on failure the original goes back to its queue.
   */
  private async forward(
    ch: Channel,
    republish: ConfirmChannel,
    msg: ConsumeMessage,
    exchange: string,
    routingKey: string,
    headers: Record<string, unknown>,
  ): Promise<void> {
    const p = msg.properties;
    const forwardId = randomUUID();
    const options: Options.Publish = {
      persistent: true,
      mandatory: true,
      contentType: p.contentType,
      messageId: p.messageId,
      type: p.type,
      correlationId: p.correlationId,
      headers: { ...p.headers, ...headers, [FORWARD_ID_HEADER]: forwardId },
    };
    try {
      republish.publish(exchange, routingKey, msg.content, options);
      await republish.waitForConfirms();
      if (this.unroutable.delete(forwardId)) throw new Error(`no queue bound for ${routingKey}`);
      safeAck(ch, msg);
    } catch (err) {
      this.deps.log.warn({ err }, 'could not forward a failed message; leaving it to redelivery');
      try {
        ch.nack(msg, false, true);
      } catch {
        // The channel is gone: the broker redelivers on its own.
      }
    }
  }

  /** Stops taking messages, lets the ones in hand finish, closes the channels. */
  async stop(): Promise<void> {
    this.stopping = true;
    await Promise.allSettled([...this.inFlight]);
    await Promise.allSettled([...this.channels].map((c) => c.close()));
  }
}

function parseMessage(
  msg: ConsumeMessage,
  handlers: readonly EventHandler[],
): [EventHandler, Envelope] {
  const body: unknown = JSON.parse(msg.content.toString('utf8'));
  const type = (body as { type?: unknown } | null)?.type;
  const handler = handlers.find((h) => h.contract.type === type);
  if (!handler) throw new Error(`unexpected event type ${JSON.stringify(type)}`);
  return [handler, handler.contract.parse(body)];
}

function safeAck(ch: Channel, msg: ConsumeMessage): void {
  try {
    ch.ack(msg);
  } catch {
    // The channel closed under us; the message comes back and the inbox skips it.
  }
}
