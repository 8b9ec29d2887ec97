import type { Channel } from 'amqplib';
import type { TopologyNames } from './names';

export interface QueueOptions {
  /** Redeliveries (a consumer crashing mid-message) before the broker dead-letters it. */
  deliveryLimit: number;
  /** Delays of the retry steps, growing; after the last one a message goes to the DLQ. */
  retryDelaysMs: number[];
  /** Test runs only: queues vanish this long after their last consumer left. */
  expiresMs?: number;
}

/** The exchanges every service shares; declaring them is idempotent. */
export async function declareExchanges(ch: Channel, names: TopologyNames, expiresMs?: number) {
  const autoDelete = expiresMs !== undefined;
  await ch.assertExchange(names.events, 'topic', { durable: true, autoDelete });
  await ch.assertExchange(names.deadLetters, 'direct', { durable: true, autoDelete });
}

/**
 * A consumer's queue: quorum, with a delivery limit and at-least-once dead-lettering to
 * `<queue>.dlq`, bound to its event types; plus one TTL queue per retry step that
 * dead-letters back into the main queue when its delay is over.
 */
export async function declareConsumerQueue(
  ch: Channel,
  names: TopologyNames,
  queue: string,
  eventTypes: string[],
  options: QueueOptions,
): Promise<void> {
  const main = names.queue(queue);
  const expires = options.expiresMs ? { 'x-expires': options.expiresMs } : {};
  await ch.assertQueue(names.dlq(queue), {
    durable: true,
    arguments: { 'x-queue-type': 'quorum', ...expires },
  });
  await ch.bindQueue(names.dlq(queue), names.deadLetters, main);
  await ch.assertQueue(main, {
    durable: true,
    arguments: {
      'x-queue-type': 'quorum',
      'x-delivery-limit': options.deliveryLimit,
      'x-dead-letter-exchange': names.deadLetters,
      'x-dead-letter-routing-key': main,
      'x-dead-letter-strategy': 'at-least-once',
      'x-overflow': 'reject-publish',
      ...expires,
    },
  });
  for (const type of eventTypes) await ch.bindQueue(main, names.events, type);
  for (const [step, delay] of options.retryDelaysMs.entries()) {
    await ch.assertQueue(names.retry(queue, step + 1), {
      durable: true,
      arguments: {
        // Classic on purpose: a TTL queue holds each message only for its delay.
        'x-queue-type': 'classic',
        'x-message-ttl': delay,
        'x-dead-letter-exchange': '',
        'x-dead-letter-routing-key': main,
        ...expires,
      },
    });
  }
}
