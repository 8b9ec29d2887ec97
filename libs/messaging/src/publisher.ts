import type { ConfirmChannel, Message, Options } from 'amqplib';
import { UnavailableError, type Logger } from '@brigade/core';
import { ConfirmChannelSlot } from './confirm-channel-slot';
import type { AmqpConnection } from './connection';

export interface OutgoingMessage {
  exchange: string;
  routingKey: string;
  body: Buffer;
  /** Must be unique within a batch: returns of unroutable messages are matched by it. */
  messageId: string;
  options?: Options.Publish;
}

export interface PublisherOptions {
  /**
   * How long a batch may take, from the call (waiting behind the batch before it included)
   * to the broker's last confirm; then it fails with `UnavailableError`. Default 5000.
   */
  confirmTimeoutMs?: number;
}

/**
 * Publishes on a confirm channel with `mandatory`: a batch resolves once the broker has
 * confirmed every message, and reports the ones it could not route (returned), which a
 * plain confirm would silently accept.
 *
 * A batch the broker does not confirm in time fails, and its channel is given up: a late
 * confirm or return on it must never count for a later batch, and the outbox relay waits
 * inside a database transaction. A fresh channel is opened in the background and `ready`
 * stays false until the broker answers again, so the relay opens no transaction meanwhile.
 */
export class Publisher {
  private readonly slot: ConfirmChannelSlot;
  private busy: Promise<unknown> = Promise.resolve();
  private readonly confirmTimeoutMs: number;

  constructor(
    amqp: Pick<AmqpConnection, 'onConnected'>,
    private readonly log: Logger,
    options: PublisherOptions = {},
  ) {
    this.slot = new ConfirmChannelSlot(amqp, log);
    this.confirmTimeoutMs = options.confirmTimeoutMs ?? 5_000;
  }

  /** A channel is open: a batch published now has a chance. */
  get ready(): boolean {
    return this.slot.current !== undefined;
  }

  /**
   * Resolves with the ids of the messages the broker returned as unroutable. Rejects with
   * `UnavailableError` when there is no channel, or when the broker has not confirmed the
   * whole batch within `confirmTimeoutMs` of this call. The broker may still have taken
   * messages of a failed batch, so publishing it again can duplicate them: at-least-once,
   * which consumers absorb through the inbox.
   */
  publishBatch(messages: OutgoingMessage[]): Promise<Set<string>> {
    const deadline = Date.now() + this.confirmTimeoutMs;
    const run = this.busy.then(() => this.publishNow(messages, deadline));
    this.busy = run.catch(() => undefined);
    return run;
  }

  private async publishNow(messages: OutgoingMessage[], deadline: number): Promise<Set<string>> {
    const ch = this.slot.current;
    if (!ch) throw new UnavailableError('no channel to the message broker');
    if (Date.now() >= deadline)
      throw new UnavailableError('the batch waited its whole confirm timeout behind another');
    // Per batch, on one channel: the listener goes when the batch settles, and a channel
    // whose batch did not settle in time is never used again.
    const returned = new Set<string>();
    const onReturn = (msg: Message) => returned.add(String(msg.properties.messageId));
    ch.on('return', onReturn);
    try {
      for (const m of messages) {
        ch.publish(m.exchange, m.routingKey, m.body, {
          persistent: true,
          mandatory: true,
          contentType: 'application/json',
          ...m.options,
          messageId: m.messageId,
        });
      }
      await this.confirmed(ch, deadline - Date.now());
    } catch (err) {
      if (err instanceof UnavailableError) throw err;
      throw new UnavailableError('the message broker did not confirm the batch', err);
    } finally {
      ch.off('return', onReturn);
    }
    return new Set(messages.map((m) => m.messageId).filter((id) => returned.has(id)));
  }

  /** Waits for the confirms up to `ms`; past that, the channel is given up (late answers included). */
  private async confirmed(ch: ConfirmChannel, ms: number): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        this.log.warn(
          { confirmTimeoutMs: this.confirmTimeoutMs },
          'message broker did not confirm in time; replacing the publisher channel',
        );
        this.slot.discard(ch);
        reject(new UnavailableError(`no confirm within ${this.confirmTimeoutMs} ms`));
      }, ms);
    });
    try {
      await Promise.race([ch.waitForConfirms(), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}
