import type { ChannelModel, ConfirmChannel } from 'amqplib';
import type { Logger } from '@brigade/core';
import type { AmqpConnection } from './connection';

/**
 * The publisher's one confirm channel on the current connection. A channel that is lost
 * (closed by the broker) or given up (`discard`) while its connection lives is replaced in
 * the background; until the broker has opened the new one, `current` is undefined.
 */
export class ConfirmChannelSlot {
  private conn: ChannelModel | undefined;
  private channel: ConfirmChannel | undefined;
  private reopening: ChannelModel | undefined;

  constructor(
    amqp: Pick<AmqpConnection, 'onConnected'>,
    private readonly log: Logger,
  ) {
    void amqp.onConnected(async (conn) => {
      conn.on('close', () => {
        if (this.conn !== conn) return;
        this.conn = undefined;
        this.channel = undefined;
      });
      this.conn = conn;
      this.channel = undefined;
      this.adopt(conn, await conn.createConfirmChannel());
    });
  }

  get current(): ConfirmChannel | undefined {
    return this.channel;
  }

  /**
   * Gives `ch` up for good and opens a fresh one. Its close is not awaited (a silent broker
   * never answers it); amqplib drops the frames of a closing channel.
   */
  discard(ch: ConfirmChannel): void {
    if (this.channel !== ch) return;
    this.channel = undefined;
    ch.close().catch(() => undefined);
    if (this.conn) this.reopen(this.conn);
  }

  /** In the background: it may wait as long as the broker is silent. */
  private reopen(conn: ChannelModel): void {
    if (this.reopening === conn) return;
    this.reopening = conn;
    conn
      .createConfirmChannel()
      .then(
        (ch) => this.adopt(conn, ch),
        (err: unknown) => {
          // A closed connection fails this too; its reconnect opens the next channel. A live
          // one that refuses a channel is closed, so that the reconnect loop (with its back-off)
          // takes over instead of leaving the publisher without a channel for good.
          if (this.conn !== conn) return;
          this.log.error({ err }, 'publisher channel could not be reopened; reconnecting');
          conn.close().catch(() => undefined);
        },
      )
      .finally(() => {
        if (this.reopening === conn) this.reopening = undefined;
      });
  }

  private adopt(conn: ChannelModel, ch: ConfirmChannel): void {
    ch.on('error', (err: Error) => this.log.warn({ err }, 'publisher channel error'));
    if (this.conn !== conn || this.channel) {
      ch.close().catch(() => undefined);
      return;
    }
    ch.on('close', () => {
      if (this.channel !== ch) return;
      // Closed by the broker (a channel error) or with its connection: reopen if that lives.
      this.channel = undefined;
      if (this.conn === conn) this.reopen(conn);
    });
    this.channel = ch;
  }
}
