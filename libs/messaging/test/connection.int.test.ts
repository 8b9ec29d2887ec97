import { once } from 'node:events';
import { connect, type ChannelModel } from 'amqplib';
import { UnavailableError } from '../../core/src';
import { TcpProxy, TestEnv, waitUntil } from '../../testing/src';
import { Publisher, TopologyNames, type AmqpConnection, type OutgoingMessage } from '../src';
import { MAX_RECONNECT_DELAY_MS, newConnection } from './support/broker';
import { QueueTap } from './support/queue-tap';
import { aThingHappened, log, ThingHappenedV1 } from './support/thing-events';
import { within } from './support/within';

describe('AmqpConnection, with the broker behind a proxy that can cut it off', () => {
  const env = new TestEnv();
  const names = new TopologyNames(env.amqpPrefix);
  let broker: ChannelModel;
  let tap: QueueTap;
  let proxy: TcpProxy;
  let amqp: AmqpConnection;
  let publisher: Publisher;
  let setupRuns: number;

  const aMessage = (event = aThingHappened()): OutgoingMessage => ({
    exchange: names.events,
    routingKey: event.type,
    messageId: event.id,
    body: Buffer.from(JSON.stringify(event)),
  });
  /** The next `event` of the connection, or a rejection after 5 s. */
  const next = (event: 'connected' | 'disconnected') =>
    once(amqp, event, { signal: AbortSignal.timeout(5_000) });
  const cutOff = async () => {
    const disconnected = next('disconnected');
    proxy.cut();
    await disconnected;
  };

  beforeAll(async () => {
    broker = await connect(env.run.amqpUrl);
    tap = await QueueTap.bind(broker, names.events, [ThingHappenedV1.type]);
  });
  beforeEach(async () => {
    const target = new URL(env.run.amqpUrl);
    proxy = await TcpProxy.start(target.hostname, Number(target.port || 5672));
    amqp = newConnection(proxy.proxied(env.run.amqpUrl), names);
    setupRuns = 0;
    await amqp.onConnected(async () => {
      setupRuns += 1;
    });
    publisher = new Publisher(amqp, log);
    amqp.start();
    await amqp.waitUntilConnected();
  });
  afterEach(async () => {
    await amqp.close();
    await proxy.stop();
  });
  afterAll(async () => {
    await tap.close();
    await broker.close();
  });

  it('when the connection is cut, then it emits disconnected and is no longer connected', async () => {
    const disconnected = next('disconnected');

    proxy.cut();
    await disconnected;

    expect(amqp.isConnected).toBe(false);
    expect(publisher.ready).toBe(false);
  });

  it('when the broker is reachable again, then it emits connected and runs every setup again', async () => {
    await cutOff();
    const connected = next('connected');

    proxy.restore();
    await connected;

    expect(amqp.isConnected).toBe(true);
    expect(setupRuns).toBe(2);
    expect(publisher.ready).toBe(true);
    expect(await publisher.publishBatch([aMessage()])).toEqual(new Set());
  });

  it('when publishing while disconnected, then it rejects with UnavailableError and keeps nothing to send later', async () => {
    await cutOff();
    const lost = aThingHappened(1);
    const later = aThingHappened(2);

    const failure = await within(publisher.publishBatch([aMessage(lost)]), 2_000, 'publish')
      .then(() => 'published')
      .catch((err: unknown) => err);
    const connected = next('connected');
    proxy.restore();
    await connected;
    await publisher.publishBatch([aMessage(later)]);
    await tap.waitFor((m) => m.messageId === later.id);

    expect(failure).toBeInstanceOf(UnavailableError);
    // Had the first been kept and sent on reconnect, it would have reached the queue first.
    expect(tap.all((m) => m.messageId === lost.id)).toEqual([]);
  });

  it('when closed while the broker is unreachable, then close resolves and it stops reconnecting', async () => {
    await cutOff();
    let reconnected = false;
    amqp.on('connected', () => (reconnected = true));

    const closed = await within(amqp.close(), 5_000, 'close').then(() => 'closed');
    proxy.restore();
    // Negative check, so bounded: a reconnect loop still running would connect within it.
    const reconnect = waitUntil(() => reconnected || proxy.connections > 0, {
      timeoutMs: 5 * MAX_RECONNECT_DELAY_MS,
    });

    expect(closed).toBe('closed');
    await expect(reconnect).rejects.toThrow('not reached');
    expect(amqp.isConnected).toBe(false);
  });
});
