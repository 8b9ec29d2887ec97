import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z, ZodError } from 'zod';
import {
  BillableOrderResponse,
  defineEvent,
  eventRegistry,
  findEventContract,
  KitchenTicketCreatedV1,
  OrderItemsFiredV1,
  OrderPlacedV1,
  OrderResponse,
  PlaceOrderRequest,
  TicketResponse,
  type EventContext,
} from '../src';

const EVENT_NAME = /^[a-z]+(-[a-z]+)*\.[a-z]+(-[a-z]+)*\.v[0-9]+$/;
const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const EXAMPLES_DIR = join(__dirname, '..', 'examples');

const exampleFiles = readdirSync(EXAMPLES_DIR)
  .filter((file) => file.endsWith('.json'))
  .sort();

function example(type: string): Record<string, unknown> & { payload: Record<string, unknown> } {
  return JSON.parse(readFileSync(join(EXAMPLES_DIR, `${type}.json`), 'utf8'));
}

function issuePaths(fn: () => unknown): string[] {
  try {
    fn();
  } catch (err) {
    if (err instanceof ZodError) return err.issues.map((issue) => issue.path.join('.'));
    throw err;
  }
  throw new Error('expected a ZodError, nothing was thrown');
}

function aContext(overrides: Partial<EventContext> = {}): EventContext {
  return {
    tenantId: '01934f6e-0001-7a00-8b00-000000000001',
    locationId: '01934f6e-0002-7a00-8b00-000000000002',
    aggregateId: '01934f6e-000b-7a00-8b00-00000000000b',
    aggregateVersion: 1,
    correlationId: 'corr-1',
    ...overrides,
  };
}

function aTicketPayload() {
  return {
    ticketId: '01934f6e-000b-7a00-8b00-00000000000b',
    orderId: '01934f6e-0003-7a00-8b00-000000000003',
    fireId: '01934f6e-000a-7a00-8b00-00000000000a',
    station: 'hot',
    lineIds: ['01934f6e-0006-7a00-8b00-000000000006'],
    createdAt: '2024-11-20T18:42:07.795Z',
  };
}

describe('event registry', () => {
  it.each(Object.entries(eventRegistry))(
    'when %s is registered, then its key is its contract type and a valid event name',
    (key, contract) => {
      const type = contract.type;

      expect(type).toBe(key);
      expect(type).toMatch(EVENT_NAME);
    },
  );

  it('when every registered event is listed, then each has an example message', () => {
    const registered = Object.keys(eventRegistry).sort();

    const examples = exampleFiles.map((file) => file.replace(/\.json$/, ''));

    expect(examples).toEqual(registered);
  });

  it('when a type is not registered, then findEventContract finds nothing', () => {
    const found = findEventContract('order.unheard-of.v1');

    expect(found).toBeUndefined();
  });

  it.each(['Order.placed.v1', 'order.placed', 'order_placed.v1', 'order.placed.v1.1'])(
    'when an event is defined with the name %s, then defineEvent refuses it',
    (type) => {
      const define = () =>
        defineEvent({ type, aggregate: 'order', description: 'bad', payload: z.object({}) });

      expect(define).toThrow(`bad event type name: ${type}`);
    },
  );
});

describe('event examples', () => {
  it.each(exampleFiles)(
    'when %s is parsed with its contract, then it is accepted whole',
    (file) => {
      const message = JSON.parse(readFileSync(join(EXAMPLES_DIR, file), 'utf8'));
      const contract = findEventContract(file.replace(/\.json$/, ''));

      const parsed = contract?.parse(message);

      expect(contract).toBeDefined();
      expect(parsed).toEqual(message);
      expect(message.id).toMatch(UUID_V7);
    },
  );
});

describe('EventContract.create', () => {
  it('when an event is created, then the envelope is filled from the context', () => {
    const occurredAt = new Date('2024-11-20T18:42:07.801Z');
    const ctx = aContext({ occurredAt, causationId: 'msg-7' });

    const event = KitchenTicketCreatedV1.create(ctx, aTicketPayload());

    expect(event).toEqual({
      id: expect.stringMatching(UUID_V7),
      type: 'kitchen.ticket-created.v1',
      occurredAt: '2024-11-20T18:42:07.801Z',
      tenantId: ctx.tenantId,
      locationId: ctx.locationId,
      aggregateId: ctx.aggregateId,
      aggregateVersion: 1,
      correlationId: 'corr-1',
      causationId: 'msg-7',
      payload: aTicketPayload(),
    });
    expect(KitchenTicketCreatedV1.parse(event)).toEqual(event);
  });

  it('when no time and no cause are given, then it is now and the causation is null', () => {
    const before = Date.now();

    const event = KitchenTicketCreatedV1.create(aContext(), aTicketPayload());

    const occurredAt = Date.parse(event.occurredAt);
    expect(occurredAt).toBeGreaterThanOrEqual(before);
    expect(occurredAt).toBeLessThanOrEqual(Date.now());
    expect(event.causationId).toBeNull();
  });

  it('when two events are created, then they get distinct ids', () => {
    const first = KitchenTicketCreatedV1.create(aContext(), aTicketPayload());

    const second = KitchenTicketCreatedV1.create(aContext(), aTicketPayload());

    expect(second.id).not.toBe(first.id);
  });

  it.each([
    ['lineIds', { ...aTicketPayload(), lineIds: [] }],
    ['station', { ...aTicketPayload(), station: '' }],
    ['createdAt', { ...aTicketPayload(), createdAt: 'yesterday' }],
    ['orderId', { ...aTicketPayload(), orderId: 'not-a-uuid' }],
  ])('when the payload has a bad %s, then it is rejected naming that field', (field, payload) => {
    const create = () => KitchenTicketCreatedV1.create(aContext(), payload);

    expect(issuePaths(create)).toEqual([field]);
  });

  it('when the payload carries unknown keys, then the created event drops them', () => {
    const payload = { ...aTicketPayload(), printer: 'pass-1' };

    const event = KitchenTicketCreatedV1.create(aContext(), payload);

    expect(event.payload).toEqual(aTicketPayload());
  });
});

describe('EventContract.parse', () => {
  it('when a message of another type is parsed, then it is rejected on its type', () => {
    const message = example('order.placed.v1');

    const paths = issuePaths(() => OrderItemsFiredV1.parse(message));

    expect(paths).toContain('type');
  });

  it.each(['tenantId', 'id', 'occurredAt', 'aggregateVersion', 'correlationId'])(
    'when the envelope lacks %s, then it is rejected naming that path',
    (field) => {
      const { [field]: _dropped, ...message } = example('order.placed.v1');

      const paths = issuePaths(() => OrderPlacedV1.parse(message));

      expect(paths).toEqual([field]);
    },
  );

  it('when a nested payload field is bad, then the path names it', () => {
    const message = example('order.placed.v1');
    const lines = message.payload.lines as Record<string, unknown>[];
    lines[1] = { ...lines[1], quantity: 0 };

    const paths = issuePaths(() => OrderPlacedV1.parse(message));

    expect(paths).toEqual(['payload.lines.1.quantity']);
  });

  it('when a producer adds fields a consumer does not know, then they are stripped and the rest is kept', () => {
    const message = example('order.placed.v1');
    const lines = message.payload.lines as Record<string, unknown>[];
    const newer = {
      ...message,
      schemaHint: 'v1.1',
      payload: {
        ...message.payload,
        loyaltyPoints: 12,
        lines: [{ ...lines[0], allergens: ['gluten'] }, lines[1]],
      },
    };

    const parsed = OrderPlacedV1.parse(newer);

    expect(parsed).toEqual(message);
    expect(parsed.payload).not.toHaveProperty('loyaltyPoints');
    expect(parsed.payload.lines[0]).not.toHaveProperty('allergens');
  });
});

describe('JSON Schema of the contracts', () => {
  it.each(Object.keys(eventRegistry))(
    'when the %s message schema is generated, then it matches the snapshot',
    (type) => {
      const contract = findEventContract(type)!;

      const schema = z.toJSONSchema(contract.schema);

      expect(schema).toMatchSnapshot();
    },
  );

  it.each([
    ['PlaceOrderRequest', PlaceOrderRequest],
    ['OrderResponse', OrderResponse],
    ['TicketResponse', TicketResponse],
    ['BillableOrderResponse', BillableOrderResponse],
  ] as const)('when the %s HTTP schema is generated, then it matches the snapshot', (_name, s) => {
    const schema = z.toJSONSchema(s);

    expect(schema).toMatchSnapshot();
  });
});
