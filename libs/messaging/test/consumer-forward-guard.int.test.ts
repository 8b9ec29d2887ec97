import { TestEnv, waitUntil } from '../../testing/src';
import { ConsumerWorld, QUEUE, type RunningConsumer } from './support/consumer-world';
import { aThingHappened } from './support/thing-events';

describe('ConsumerRunner, when the retry queue of a failed message is gone', () => {
  const env = new TestEnv();
  let world: ConsumerWorld;
  let consumer: RunningConsumer;

  beforeAll(async () => {
    world = await ConsumerWorld.open(env);
    consumer = await world.startConsumer();
  });
  afterAll(async () => {
    await consumer.stop();
    await world.close();
  });

  it('when the copy cannot be routed, then the original is not acked away but comes back and is applied', async () => {
    const ch = await world.broker.createChannel();
    await ch.deleteQueue(world.names.retry(QUEUE, 1));
    await ch.close();
    const event = aThingHappened(7);
    world.behave(event.id, async (e, attempt) => {
      if (attempt === 1) throw new Error('transient failure');
      await world.applyEffect(e);
    });

    await world.publish(event, event.id);

    await waitUntil(async () => (await world.effects(event.id)) === 1, { what: 'the effect' });
    expect(world.attempts(event.id)).toBe(2);
    expect(await world.inboxRows(event.id)).toBe(1);
  });
});
