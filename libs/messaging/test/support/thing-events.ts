import { z } from 'zod';
import { createLogger } from '../../../core/src';
import { defineEvent, newId, type EventOf } from '../../../contracts/src';

/** Silent unless TEST_LOG_LEVEL asks for more (when a test fails and you want the story). */
export const log = createLogger('messaging-test', process.env.TEST_LOG_LEVEL ?? 'silent');

/** The event the messaging tests publish and consume; consumed by the test's own handler. */
export const ThingHappenedV1 = defineEvent({
  type: 'test.thing-happened.v1',
  aggregate: 'thing',
  description: 'A thing happened (messaging tests only).',
  payload: z.object({ n: z.number().int() }),
});
export type ThingHappenedV1 = EventOf<typeof ThingHappenedV1>;

/** An event type no queue is bound to, unless a test binds one. */
export const ThingIgnoredV1 = defineEvent({
  type: 'test.thing-ignored.v1',
  aggregate: 'thing',
  description: 'A thing nobody listens to happened (messaging tests only).',
  payload: z.object({ n: z.number().int() }),
});
export type ThingIgnoredV1 = EventOf<typeof ThingIgnoredV1>;

const aContext = () => ({
  tenantId: newId(),
  locationId: newId(),
  aggregateId: newId(),
  aggregateVersion: 1,
  correlationId: newId(),
});

export const aThingHappened = (n = 1): ThingHappenedV1 => ThingHappenedV1.create(aContext(), { n });

export const aThingIgnored = (n = 1): ThingIgnoredV1 => ThingIgnoredV1.create(aContext(), { n });
