import { EventEmitter } from 'node:events';
import type { ChannelModel } from 'amqplib';
import { createLogger, UnavailableError } from '@brigade/core';
import { Publisher, type OutgoingMessage } from './publisher';

const TIMEOUT_MS = 500;

/**
 * A confirm channel whose broker answers only when the test says so. Unlike amqplib's, it
 * keeps passing confirms and returns on after `close()`: the worst case for the publisher.
 */
class ScriptedChannel extends EventEmitter {
  readonly published: string[] = [];
  closed = false;
  private readonly waiting: (() => void)[] = [];

  publish(_exchange: string, _key: string, _body: Buffer, options: { messageId: string }) {
    this.published.push(options.messageId);
    return true;
  }

  waitForConfirms(): Promise<void> {
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  confirmAll(): void {
    for (const confirm of this.waiting.splice(0)) confirm();
  }

  returns(messageId: string): void {
    this.emit('return', { properties: { messageId } });
  }

  async close(): Promise<void> {
    this.closed = true;
  }
}

/** Plays the connection: hands out scripted channels and remembers them in order. */
class ScriptedConnection extends EventEmitter {
  readonly channels: ScriptedChannel[] = [];
  closed = false;

  async close(): Promise<void> {
    this.closed = true;
  }

  async createConfirmChannel(): Promise<ScriptedChannel> {
    const ch = new ScriptedChannel();
    this.channels.push(ch);
    return ch;
  }
}

const aMessage = (messageId: string): OutgoingMessage => ({
  exchange: 'brigade.events',
  routingKey: 'test.thing-happened.v1',
  body: Buffer.from('{}'),
  messageId,
});

describe('Publisher, on a broker that answers only when the test says so', () => {
  let conn: ScriptedConnection;
  let publisher: Publisher;

  /** Publishes a batch that gets no confirm, and lets its timeout pass. */
  const overdueBatch = async (ids: string[]) => {
    const failure = publisher.publishBatch(ids.map(aMessage)).catch((err: unknown) => err);
    await jest.advanceTimersByTimeAsync(TIMEOUT_MS);
    return failure;
  };

  beforeEach(async () => {
    jest.useFakeTimers();
    conn = new ScriptedConnection();
    publisher = new Publisher(
      { onConnected: (setup) => setup(conn as unknown as ChannelModel) },
      createLogger('publisher-test', 'silent'),
      { confirmTimeoutMs: TIMEOUT_MS },
    );
    await jest.advanceTimersByTimeAsync(0);
  });
  afterEach(() => {
    jest.useRealTimers();
  });

  it('when the timeout passes, then the batch rejects with a retryable UnavailableError and its channel is closed and replaced', async () => {
    const first = conn.channels[0]!;

    const failure = await overdueBatch(['a']);

    expect(failure).toBeInstanceOf(UnavailableError);
    expect((failure as UnavailableError).retryable).toBe(true);
    expect(first.closed).toBe(true);
    expect(conn.channels).toHaveLength(2);
    expect(publisher.ready).toBe(true);
  });

  it('when a late confirm and return come on the discarded channel, then they neither settle nor mark the next batch', async () => {
    const [stale] = conn.channels;
    await overdueBatch(['a', 'b']);
    const fresh = conn.channels[1]!;
    let settled = false;

    // The retry carries the same message ids, as rolled-back outbox rows do.
    const next = publisher.publishBatch(['a', 'b'].map(aMessage));
    void next.finally(() => (settled = true));
    await jest.advanceTimersByTimeAsync(0);
    stale!.returns('a');
    stale!.confirmAll();
    await jest.advanceTimersByTimeAsync(TIMEOUT_MS / 2);
    const settledByStale = settled;
    fresh.returns('b');
    fresh.confirmAll();

    expect(settledByStale).toBe(false);
    expect(fresh.published).toEqual(['a', 'b']);
    expect(await next).toEqual(new Set(['b']));
  });

  it('when a batch queues behind an overdue one, then its time counts from its call: it fails with it and publishes nothing late', async () => {
    const overdue = publisher.publishBatch([aMessage('a')]).catch((err: unknown) => err);
    const queued = publisher.publishBatch([aMessage('b')]).catch((err: unknown) => err);

    await jest.advanceTimersByTimeAsync(TIMEOUT_MS);

    expect(await overdue).toBeInstanceOf(UnavailableError);
    expect(await queued).toBeInstanceOf(UnavailableError);
    expect(conn.channels[0]!.published).toEqual(['a']);
    expect(conn.channels[1]!.published).toEqual([]);
  });

  it('when the broker closes the channel, then a fresh one takes the next batch', async () => {
    const [closed] = conn.channels;

    closed!.emit('close');
    await jest.advanceTimersByTimeAsync(0);
    const next = publisher.publishBatch([aMessage('a')]);
    await jest.advanceTimersByTimeAsync(0);
    conn.channels[1]!.confirmAll();

    expect(await next).toEqual(new Set());
    expect(closed!.published).toEqual([]);
  });

  it('when the live connection refuses a fresh channel, then it is closed so that it reconnects', async () => {
    conn.createConfirmChannel = () => Promise.reject(new Error('channel_max reached'));

    await overdueBatch(['a']);

    expect(publisher.ready).toBe(false);
    expect(conn.closed).toBe(true);
  });

  it('when the broker does not open the fresh channel, then the publisher is not ready and a batch fails at once', async () => {
    conn.createConfirmChannel = () => new Promise(() => undefined);
    await overdueBatch(['a']);

    const failure = await publisher.publishBatch([aMessage('b')]).catch((err: unknown) => err);

    expect(publisher.ready).toBe(false);
    expect(failure).toBeInstanceOf(UnavailableError);
    expect(conn.channels[0]!.published).toEqual(['a']);
  });
});
