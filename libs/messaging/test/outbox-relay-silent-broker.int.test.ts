import { BusProbe, TestEnv, waitUntil } from '../../testing/src';
import {
  addToOutbox,
  Publisher,
  TopologyNames,
  type AmqpConnection,
  type OutboxRelay,
} from '../src';
import { newConnection } from './support/broker';
import { MessagingDatabase } from './support/messaging-database';
import { newRelay } from './support/relays';
import { SilenceableProxy } from './support/silenceable-proxy';
import { aThingHappened, log, type ThingHappenedV1 } from './support/thing-events';

const CONFIRM_TIMEOUT_MS = 500;
/** Room for BEGIN, the DELETE, the rollback and a busy test machine. */
const MARGIN_MS = 1_000;

interface OpenTransaction {
  pid: number;
  xact_start: string;
  age_ms: number;
  query: string;
}

describe('OutboxRelay, when the broker stops answering mid-flow', () => {
  const env = new TestEnv();
  const names = new TopologyNames(env.amqpPrefix);
  let store: MessagingDatabase;
  let bus: BusProbe;
  let proxy: SilenceableProxy;
  let amqp: AmqpConnection;
  let publisher: Publisher;
  let relay: OutboxRelay;

  /** Every transaction open on the test's database, but the asking one. */
  const openTransactions = () =>
    store.dataSource.query(
      `SELECT pid, xact_start::text, query,
              (extract(epoch FROM clock_timestamp() - xact_start) * 1000)::int AS age_ms
         FROM pg_stat_activity
        WHERE datname = current_database() AND pid <> pg_backend_pid()
          AND xact_start IS NOT NULL`,
    ) as Promise<OpenTransaction[]>;
  const outboxIds = async () =>
    ((await store.dataSource.query('SELECT id FROM outbox ORDER BY seq')) as { id: string }[]).map(
      (r) => r.id,
    );
  const add = async (events: ThingHappenedV1[]) => {
    await store.db.withTransaction((em) => addToOutbox(em, events));
    relay.committed();
  };
  const publishedOnce = async (event: ThingHappenedV1) => {
    await add([event]);
    await bus.waitFor((m) => m.body.id === event.id);
    await waitUntil(async () => (await store.outboxSize()) === 0, { what: 'outbox drained' });
  };

  /**
   * Silences the broker, commits `events` and waits until the relay's transaction that took
   * them has ended. Returns the age of the oldest transaction seen on the database meanwhile.
   */
  const stall = async (events: ThingHappenedV1[]): Promise<number> => {
    proxy.silence();
    await add(events);
    const taken = await waitUntil(
      async () => (await openTransactions()).find((t) => t.query.startsWith('DELETE FROM outbox')),
      { what: "the relay's transaction" },
    );
    let oldestMs = 0;
    await waitUntil(
      async () => {
        const open = await openTransactions();
        oldestMs = Math.max(oldestMs, ...open.map((t) => t.age_ms));
        return !open.some((t) => t.pid === taken.pid && t.xact_start === taken.xact_start);
      },
      { timeoutMs: 20 * CONFIRM_TIMEOUT_MS, what: "the relay's transaction to end" },
    );
    return oldestMs;
  };
  const publisherBack = async () => {
    await waitUntil(() => publisher.ready, { what: 'a fresh publisher channel' });
    relay.wake();
  };

  beforeAll(async () => {
    store = await MessagingDatabase.create(env);
    bus = await BusProbe.start(env.run.amqpUrl, names.events);
  });
  beforeEach(async () => {
    proxy = await SilenceableProxy.start(env.run.amqpUrl);
    amqp = newConnection(proxy.proxied(env.run.amqpUrl), names);
    publisher = new Publisher(amqp, log, { confirmTimeoutMs: CONFIRM_TIMEOUT_MS });
    amqp.start();
    await amqp.waitUntilConnected();
    relay = newRelay(store.dataSource, store.url, publisher, names);
    await relay.start();
    await publishedOnce(aThingHappened(0));
  });
  afterEach(async () => {
    // Cut first: closing a connection through a silent link would wait for an answer.
    await proxy.stop();
    await relay.stop();
    await amqp.close();
    await store.dataSource.query('DELETE FROM outbox');
  });
  afterAll(async () => {
    await bus.stop();
    await store.close();
  });

  it('when a batch waits for confirms that never come, then it fails within the timeout, rolls back, and no transaction stays open longer', async () => {
    const events = [aThingHappened(1), aThingHappened(2), aThingHappened(3)];

    const oldestMs = await stall(events);

    expect(oldestMs).toBeGreaterThan(0);
    expect(oldestMs).toBeLessThan(CONFIRM_TIMEOUT_MS + MARGIN_MS);
    expect(await outboxIds()).toEqual(events.map((e) => e.id));
    expect(relay.publishedCount).toBe(1);
    // Not ready until the broker answers a fresh channel: the relay opens no transaction meanwhile.
    expect(publisher.ready).toBe(false);
  });

  it('when the silent broker answers again, then every row is published, each at least once, and the outbox drains', async () => {
    const events = [aThingHappened(4), aThingHappened(5), aThingHappened(6)];
    const later = aThingHappened(7);
    await stall(events);

    proxy.resume();
    await publisherBack();
    await Promise.all(events.map((e) => bus.waitFor((m) => m.body.id === e.id)));
    await waitUntil(async () => (await store.outboxSize()) === 0, { what: 'outbox drained' });
    await publishedOnce(later);

    // The stalled copies may reach the broker too once it reads them: consumers dedupe.
    for (const e of events) expect(bus.all((m) => m.body.id === e.id).length).toBeGreaterThan(0);
    expect(bus.all((m) => m.body.id === later.id)).toHaveLength(1);
    expect(relay.publishedCount).toBe(2 + events.length);
  });

  it('when the silent connection is cut instead, then after the reconnect every row is published once', async () => {
    const events = [aThingHappened(8), aThingHappened(9)];
    await stall(events);

    proxy.cut();
    await publisherBack();
    await Promise.all(events.map((e) => bus.waitFor((m) => m.body.id === e.id)));
    await waitUntil(async () => (await store.outboxSize()) === 0, { what: 'outbox drained' });

    // The stalled copies died with the link, unsent: only the retry reached the broker.
    for (const e of events) expect(bus.all((m) => m.body.id === e.id)).toHaveLength(1);
    expect(relay.publishedCount).toBe(1 + events.length);
  });
});
