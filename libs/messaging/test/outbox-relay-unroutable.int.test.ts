import { connect, type ChannelModel } from 'amqplib';
import { TestEnv, waitUntil } from '../../testing/src';
import {
  addToOutbox,
  TopologyNames,
  type AmqpConnection,
  type OutboxRelay,
  type Publisher,
} from '../src';
import { connectPublisher } from './support/broker';
import { MessagingDatabase } from './support/messaging-database';
import { QueueTap } from './support/queue-tap';
import { newRelay } from './support/relays';
import { aThingIgnored, ThingIgnoredV1 } from './support/thing-events';

interface OutboxRow {
  attempts: number;
  last_error: string | null;
  backs_off: boolean;
}

describe('OutboxRelay, when no queue is bound to an event type', () => {
  const env = new TestEnv();
  const names = new TopologyNames(env.amqpPrefix);
  let store: MessagingDatabase;
  let amqp: AmqpConnection;
  let publisher: Publisher;
  let broker: ChannelModel;
  let relay: OutboxRelay;
  let tap: QueueTap | undefined;

  const outboxRow = async (id: string): Promise<OutboxRow | undefined> => {
    const rows = (await store.dataSource.query(
      `SELECT attempts, last_error, next_attempt_at > now() AS backs_off
         FROM outbox WHERE id = $1`,
      [id],
    )) as OutboxRow[];
    return rows[0];
  };
  /** Adds the event and waits until the relay has tried it once (and put it back). */
  const addAndWaitForFirstAttempt = async (event: ThingIgnoredV1): Promise<OutboxRow> => {
    await store.db.withTransaction((em) => addToOutbox(em, [event]));
    relay.committed();
    return waitUntil(
      async () => {
        const row = await outboxRow(event.id);
        return row && row.attempts >= 1 && row;
      },
      { what: 'a first publish attempt' },
    );
  };

  beforeAll(async () => {
    store = await MessagingDatabase.create(env);
    ({ amqp, publisher } = await connectPublisher(env.run.amqpUrl, names));
    broker = await connect(env.run.amqpUrl);
  });
  beforeEach(async () => {
    relay = newRelay(store.dataSource, store.url, publisher, names);
    await relay.start();
  });
  afterEach(async () => {
    await tap?.close();
    await relay.stop();
    await store.dataSource.query('DELETE FROM outbox');
  });
  afterAll(async () => {
    await broker.close();
    await amqp.close();
    await store.close();
  });

  it('when an event of that type is relayed, then it stays in the outbox as unroutable and backs off', async () => {
    const event = aThingIgnored(1);

    const row = await addAndWaitForFirstAttempt(event);

    expect(row).toEqual({ attempts: 1, last_error: 'unroutable', backs_off: true });
    expect(relay.publishedCount).toBe(0);
    expect(await store.outboxSize()).toBe(1);
  });

  it('when a queue is bound later, then the event kept as unroutable is published', async () => {
    const event = aThingIgnored(2);
    await addAndWaitForFirstAttempt(event);
    tap = await QueueTap.bind(broker, names.events, [ThingIgnoredV1.type]);

    await store.dataSource.query('UPDATE outbox SET next_attempt_at = now()');
    relay.wake();
    const received = await tap.waitFor((m) => m.messageId === event.id);
    await waitUntil(async () => (await store.outboxSize()) === 0, { what: 'outbox drained' });

    expect(received.body).toEqual(event);
    expect(received.routingKey).toBe(ThingIgnoredV1.type);
    expect(relay.publishedCount).toBe(1);
  });
});
