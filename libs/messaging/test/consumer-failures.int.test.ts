import { newId } from '../../contracts/src';
import { RuleViolationError } from '../../core/src';
import { TestEnv, waitUntil } from '../../testing/src';
import { ConsumerWorld, RETRY_DELAYS_MS, type RunningConsumer } from './support/consumer-world';
import type { TappedMessage } from './support/queue-tap';
import { aThingHappened } from './support/thing-events';

/** The broker's TTL clock and ours may disagree by a millisecond or so. */
const CLOCK_SLACK_MS = 5;

describe('ConsumerRunner, when a message fails', () => {
  const env = new TestEnv();
  let world: ConsumerWorld;
  let consumer: RunningConsumer;

  const deadLettered = (messageId: string): Promise<TappedMessage> =>
    world.deadLetters.waitFor((m) => m.messageId === messageId);

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

  it('when the handler fails twice with a transient error, then the retry queues bring it back, each later, and it is applied once', async () => {
    const event = aThingHappened(1);
    const startedAt: number[] = [];
    world.behave(event.id, async (e, attempt) => {
      startedAt.push(Date.now());
      if (attempt < 3) throw new Error(`transient failure ${attempt}`);
      await world.applyEffect(e);
    });

    await world.publish(event, event.id);
    await waitUntil(async () => (await world.effects(event.id)) > 0, { what: 'effect' });

    expect(world.attempts(event.id)).toBe(3);
    const waited = startedAt.slice(1).map((t, i) => t - startedAt[i]!);
    expect(waited[0]).toBeGreaterThanOrEqual(RETRY_DELAYS_MS[0]! - CLOCK_SLACK_MS);
    expect(waited[1]).toBeGreaterThanOrEqual(RETRY_DELAYS_MS[1]! - CLOCK_SLACK_MS);
    expect(await world.effects(event.id)).toBe(1);
    expect(await world.inboxRows(event.id)).toBe(1);
    expect(world.deadLetters.all((m) => m.messageId === event.id)).toEqual([]);
  });

  it('when the handler always fails, then after 1 + retryDelays.length attempts the message is in the DLQ as retries-exhausted', async () => {
    const event = aThingHappened(2);
    world.behave(event.id, async () => {
      throw new Error('always fails');
    });

    await world.publish(event, event.id);
    const dead = await deadLettered(event.id);

    expect(world.attempts(event.id)).toBe(1 + RETRY_DELAYS_MS.length);
    expect(dead.headers).toMatchObject({
      'x-brigade-reason': 'retries-exhausted',
      'x-brigade-error': 'always fails',
      'x-brigade-attempt': RETRY_DELAYS_MS.length,
    });
    expect(dead.body).toEqual(event);
    expect(await world.effects(event.id)).toBe(0);
    expect(await world.inboxRows(event.id)).toBe(0);
  });

  it('when the handler throws a non-retryable AppError, then the message goes to the DLQ at once as rejected', async () => {
    const event = aThingHappened(3);
    world.behave(event.id, async (e) => {
      await world.applyEffect(e);
      throw new RuleViolationError('x', 'y');
    });

    await world.publish(event, event.id);
    const dead = await deadLettered(event.id);

    expect(world.attempts(event.id)).toBe(1);
    expect(dead.headers).toMatchObject({ 'x-brigade-reason': 'rejected', 'x-brigade-error': 'y' });
    expect(dead.headers['x-brigade-attempt']).toBeUndefined();
    expect(dead.body).toEqual(event);
    expect(await world.effects(event.id)).toBe(0);
    expect(await world.inboxRows(event.id)).toBe(0);
  });

  it.each([
    ['is not JSON', () => 'not json {', /JSON/],
    ['breaks the contract', () => ({ ...aThingHappened(), payload: { n: 'four' } }), /payload/],
  ])(
    'when a message %s, then it goes to the DLQ as invalid-message and the handler is never called',
    async (_, aBody, why) => {
      const messageId = newId();
      const body = aBody();

      await world.publish(body, messageId);
      const dead = await deadLettered(messageId);

      expect(dead.headers['x-brigade-reason']).toBe('invalid-message');
      expect(dead.headers['x-brigade-error']).toMatch(why);
      expect(dead.body).toEqual(body);
      expect(world.calls).toEqual([]);
      expect(await world.readyMessages()).toBe(0);
    },
  );
});
