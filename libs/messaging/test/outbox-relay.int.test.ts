import { BusProbe, TestEnv, waitUntil } from '../../testing/src';
import {
  addToOutbox,
  OUTBOX_CHANNEL,
  TopologyNames,
  type AmqpConnection,
  type OutboxRelay,
  type Publisher,
} from '../src';
import { connectPublisher } from './support/broker';
import { MessagingDatabase } from './support/messaging-database';
import { newRelay } from './support/relays';
import { aThingHappened } from './support/thing-events';

describe('OutboxRelay', () => {
  const env = new TestEnv();
  const names = new TopologyNames(env.amqpPrefix);
  let store: MessagingDatabase;
  let amqp: AmqpConnection;
  let publisher: Publisher;
  let bus: BusProbe;
  let relay: OutboxRelay;

  const published = (ids: string[]) => bus.all((m) => ids.includes(String(m.body.id)));
  const outboxDrained = () =>
    waitUntil(async () => (await store.outboxSize()) === 0, { what: 'outbox drained' });

  beforeAll(async () => {
    store = await MessagingDatabase.create(env);
    ({ amqp, publisher } = await connectPublisher(env.run.amqpUrl, names));
    bus = await BusProbe.start(env.run.amqpUrl, names.events);
  });
  beforeEach(() => {
    relay = newRelay(store.dataSource, store.url, publisher, names);
  });
  afterEach(async () => {
    await relay.stop();
  });
  afterAll(async () => {
    await bus.stop();
    await amqp.close();
    await store.close();
  });

  it('when events are added in a committed transaction, then they are published and leave the outbox; those of a rolled-back one are not', async () => {
    await relay.start();
    const rolledBack = aThingHappened(1);
    const [first, second] = [aThingHappened(2), aThingHappened(3)];

    const rollback = await store.db
      .withTransaction(async (em) => {
        await addToOutbox(em, [rolledBack]);
        throw new Error('the state change failed');
      })
      .then(
        () => 'committed',
        (err: Error) => err.message,
      );
    await store.db.withTransaction((em) => addToOutbox(em, [first, second]));
    relay.committed();
    await bus.waitFor((m) => m.body.id === second.id);
    await outboxDrained();

    expect(rollback).toBe('the state change failed');
    // One batch, in outbox order: a published rolled-back event would have come first.
    const seen = published([rolledBack.id, first.id, second.id]);
    expect(seen.map((m) => m.body)).toEqual([first, second]);
    expect(seen.map((m) => m.routingKey)).toEqual([first.type, second.type]);
    expect(relay.publishedCount).toBe(2);
  });

  it('when another process NOTIFYs after its commit, then a relay that polls only every minute publishes at once', async () => {
    const earlier = aThingHappened(4);
    await store.db.withTransaction((em) => addToOutbox(em, [earlier]));
    await relay.start();
    // Its start-up drain took `earlier` and is over: from here only a wake-up publishes.
    await bus.waitFor((m) => m.body.id === earlier.id);
    await outboxDrained();
    const events = [aThingHappened(5), aThingHappened(6)];
    await store.db.withTransaction((em) => addToOutbox(em, events));
    const waitingBeforeNotify = await store.outboxSize();

    await store.dataSource.query('SELECT pg_notify($1, $2)', [OUTBOX_CHANNEL, '']);
    await bus.waitFor((m) => m.body.id === events[1]!.id);
    await outboxDrained();

    expect(waitingBeforeNotify).toBe(2);
    expect(published(events.map((e) => e.id)).map((m) => m.body)).toEqual(events);
    expect(relay.publishedCount).toBe(3);
  });
});
