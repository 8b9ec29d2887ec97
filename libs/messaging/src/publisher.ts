import type { ConfirmChannel, Message, Options } from 'amqplib';
import { UnavailableError, type Logger } from '@brigade/core';
import type { AmqpConnection } from './connection';

export interface OutgoingMessage {
  exchange: string;
  routingKey: string;
  body: Buffer;
  /** Must be unique: returns of unroutable messages are matched by it. */
  messageId: string;
  options?: Options.Publish;
}

/**
 * Publishes on a confirm channel with `mandatory`: a batch resolves once the broker has
 * confirmed every message, and reports the ones it could not route (returned), which a
 * plain confirm would silently accept.
 */
export class Publisher {
  private channel: ConfirmChannel | undefined;
  private readonly returned = new Set<string>();
  private busy: Promise<unknown> = Promise.resolve();

  constructor(
    amqp: AmqpConnection,
    private readonly log: Logger,
  ) {
    void amqp.onConnected(async (conn) => {
      const ch = await conn.createConfirmChannel();
      ch.on('return', (msg: Message) => this.returned.add(String(msg.properties.messageId)));
      ch.on('error', (err: Error) => this.log.warn({ err }, 'publisher channel error'));
      ch.on('close', () => {
        if (this.channel === ch) this.channel = undefined;
      });
      this.channel = ch;
    });
  }

  get ready(): boolean {
    return this.channel !== undefined;
  }

  /** Resolves with the ids of the messages the broker returned as unroutable. */
  publishBatch(messages: OutgoingMessage[]): Promise<Set<string>> {
    const run = this.busy.then(() => this.publishNow(messages));
    this.busy = run.catch(() => undefined);
    return run;
  }

  private async publishNow(messages: OutgoingMessage[]): Promise<Set<string>> {
    const ch = this.channel;
    if (!ch) throw new UnavailableError('the message broker is not connected');
    this.returned.clear();
    for (const m of messages) {
      ch.publish(m.exchange, m.routingKey, m.body, {
        persistent: true,
        mandatory: true,
        contentType: 'application/json',
        ...m.options,
        messageId: m.messageId,
      });
    }
    await ch.waitForConfirms();
    const returned = new Set(
      messages.map((m) => m.messageId).filter((id) => this.returned.has(id)),
    );
    this.returned.clear();
    return returned;
  }
}
