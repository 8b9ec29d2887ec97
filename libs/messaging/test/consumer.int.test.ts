import { TestEnv, waitUntil } from '../../testing/src';
import { ConsumerWorld, type RunningConsumer } from './support/consumer-world';
import { aThingHappened } from './support/thing-events';

describe('ConsumerRunner', () => {
  const env = new TestEnv();
  let world: ConsumerWorld;
  let consumer: RunningConsumer;

  const effectSeen = (eventId: string) =>
    waitUntil(async () => (await world.effects(eventId)) > 0, { what: `effect of ${eventId}` });

  beforeAll(async () => {
    world = await ConsumerWorld.open(env);
  });
  beforeEach(async () => {
    consumer = await world.startConsumer();
  });
  afterEach(async () => {
    await consumer.stop();
  });
  afterAll(async () => {
    await world.close();
  });

  it('when a valid event arrives, then the handler applies it once, records it in the inbox and acks it', async () => {
    const event = aThingHappened(7);

    await world.publish(event, event.id);
    await effectSeen(event.id);
    await consumer.stop();

    expect(world.calls).toEqual([event.id]);
    expect(await world.effects(event.id)).toBe(1);
    expect(await world.inboxRows(event.id)).toBe(1);
    expect(await world.readyMessages()).toBe(0);
  });

  it('when the same event (same envelope id) is delivered twice, then it is applied once and both deliveries are acked', async () => {
    const event = aThingHappened(1);
    const marker = aThingHappened(2);

    await world.publish(event, event.id);
    await world.publish(event, event.id);
    await world.publish(marker, marker.id);
    await effectSeen(marker.id);
    await consumer.stop();

    expect(world.calls).toEqual([event.id, marker.id]);
    expect(await world.effects(event.id)).toBe(1);
    expect(await world.inboxRows(event.id)).toBe(1);
    expect(await world.readyMessages()).toBe(0);
  });

  it('when a handler is marked idempotent, then it writes no inbox row and a repeat reaches it again', async () => {
    await consumer.stop();
    consumer = await world.startConsumer({ idempotent: true });
    const event = aThingHappened(11);
    const marker = aThingHappened(12);

    await world.publish(event, event.id);
    await world.publish(event, event.id);
    await world.publish(marker, marker.id);
    await effectSeen(marker.id);

    expect(world.calls).toEqual([event.id, event.id, marker.id]);
    expect(await world.inboxRows(event.id)).toBe(0);
  });

  it('when the handler throws after writing, then its effect and inbox row roll back together and the retry applies it once', async () => {
    const event = aThingHappened(3);
    const committedBeforeRetry: { effects: number; inbox: number }[] = [];
    world.behave(event.id, async (e, attempt) => {
      if (attempt === 1) {
        await world.applyEffect(e);
        throw new Error('fails after writing');
      }
      committedBeforeRetry.push({
        effects: await world.effects(e.id),
        inbox: await world.inboxRows(e.id),
      });
      await world.applyEffect(e);
    });

    await world.publish(event, event.id);
    await effectSeen(event.id);

    expect(world.attempts(event.id)).toBe(2);
    expect(committedBeforeRetry).toEqual([{ effects: 0, inbox: 0 }]);
    expect(await world.effects(event.id)).toBe(1);
    expect(await world.inboxRows(event.id)).toBe(1);
  });

  it('when stopped while a handler runs, then stop waits for it: the effect is committed and the message acked', async () => {
    const event = aThingHappened(4);
    const order: string[] = [];
    let entered!: () => void;
    let release!: () => void;
    const handlerEntered = new Promise<void>((resolve) => (entered = resolve));
    const gate = new Promise<void>((resolve) => (release = resolve));
    world.behave(event.id, async (e) => {
      entered();
      await gate;
      await world.applyEffect(e);
      order.push('handler finished');
    });
    await world.publish(event, event.id);
    await handlerEntered;

    const stopped = consumer.runner.stop().then(() => order.push('stop resolved'));
    // A broker round trip: time enough for a stop that did not wait to close the channel.
    await world.readyMessages();
    release();
    await stopped;

    expect(order).toEqual(['handler finished', 'stop resolved']);
    expect(await world.effects(event.id)).toBe(1);
    expect(await world.inboxRows(event.id)).toBe(1);
    expect(await world.readyMessages()).toBe(0);
  });
});
