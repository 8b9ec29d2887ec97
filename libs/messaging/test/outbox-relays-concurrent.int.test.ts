import { connect, type ChannelModel } from 'amqplib';
import { TestEnv, waitUntil } from '../../testing/src';
import { addToOutbox, TopologyNames, type AmqpConnection, type OutboxRelay } from '../src';
import { connectPublisher } from './support/broker';
import { MessagingDatabase } from './support/messaging-database';
import { QueueTap } from './support/queue-tap';
import { newRelay } from './support/relays';
import { aThingHappened, ThingHappenedV1 } from './support/thing-events';

const EVENTS = 1_000;
const TRANSACTIONS = 20;

describe('two OutboxRelays on one outbox (two processes)', () => {
  const env = new TestEnv();
  const names = new TopologyNames(env.amqpPrefix);
  let store: MessagingDatabase;
  let broker: ChannelModel;
  let tap: QueueTap;
  const connections: AmqpConnection[] = [];
  let relayA: OutboxRelay;
  let relayB: OutboxRelay;

  /** A relay with its own database pool and broker connection, as in another process. */
  async function aRelayProcess(): Promise<OutboxRelay> {
    const { amqp, publisher } = await connectPublisher(env.run.amqpUrl, names);
    connections.push(amqp);
    return newRelay(await store.anotherDataSource(), store.url, publisher, names, {
      batchSize: 50,
    });
  }

  beforeAll(async () => {
    store = await MessagingDatabase.create(env, TRANSACTIONS);
    broker = await connect(env.run.amqpUrl);
    tap = await QueueTap.bind(broker, names.events, [ThingHappenedV1.type]);
    [relayA, relayB] = await Promise.all([aRelayProcess(), aRelayProcess()]);
  });
  afterAll(async () => {
    await Promise.all([relayA.stop(), relayB.stop()]);
    await tap.close();
    await broker.close();
    await Promise.all(connections.map((c) => c.close()));
    await store.close();
  });

  it(`when ${EVENTS} events are added in ${TRANSACTIONS} concurrent transactions, then each is published exactly once`, async () => {
    await Promise.all([relayA.start(), relayB.start()]);
    const events = Array.from({ length: EVENTS }, (_, i) => aThingHappened(i));
    const perTransaction = EVENTS / TRANSACTIONS;
    const batches = Array.from({ length: TRANSACTIONS }, (_, t) =>
      events.slice(t * perTransaction, (t + 1) * perTransaction),
    );
    const ids = new Set(events.map((e) => e.id));
    const receivedIds = () => tap.all((m) => ids.has(String(m.messageId))).map((m) => m.messageId);

    await Promise.all(
      batches.map(async (batch, t) => {
        await store.db.withTransaction((em) => addToOutbox(em, batch));
        (t % 2 ? relayA : relayB).committed();
      }),
    );
    await waitUntil(() => new Set(receivedIds()).size === EVENTS, {
      timeoutMs: 30_000,
      what: `all ${EVENTS} events received`,
    });
    await waitUntil(async () => (await store.outboxSize()) === 0, { what: 'outbox drained' });
    await Promise.all([relayA.stop(), relayB.stop()]);
    await tap.sync();

    const received = receivedIds();
    expect(received).toHaveLength(EVENTS);
    expect(new Set(received)).toEqual(ids);
    expect(relayA.publishedCount + relayB.publishedCount).toBe(EVENTS);
  });
});
