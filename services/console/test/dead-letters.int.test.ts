import { newId, OrderItemsFiredV1 } from '../../../libs/contracts/src';
import { BusProbe, TestEnv, waitUntil } from '../../../libs/testing/src';
import { asStaff } from '../../../test/support/builders';
import { call } from '../../../test/support/http-client';
import { startApp, type StartedApp } from '../../../test/support/stack';

/**
 * A malformed order reaches the kitchen: kitchen dead-letters it, and the console shows it
 * to the tenant's operator (and to nobody of another tenant) with the order and the cause.
 * A double-clicked re-send sends it once; fixed and re-sent, the kitchen takes it, once.
 * (The console's own trace queue refuses the malformed event too: that dead letter is the
 * console's, listed under its service.)
 */
describe('dead letters in the console', () => {
  const env = new TestEnv();
  const place = { tenantId: newId(), locationId: newId() };
  let kitchen: StartedApp<'kitchen'>;
  let console_: StartedApp<'console'>;
  let bus: BusProbe;
  let operator: Record<string, string>;
  let stranger: Record<string, string>;

  const kitchenQueue = `${env.amqpPrefix}kitchen.order-events`;
  const failuresOf = async (who: Record<string, string>, query = '') =>
    (await call('GET', `${console_.url}/v1/failures?${query}`, undefined, who)).body.items as Array<
      Record<string, any>
    >;

  /** An items-fired event kitchen cannot take: its only line has quantity 0. */
  const malformedFire = (orderNumber: number) => {
    const orderId = newId();
    const event = OrderItemsFiredV1.create(
      { ...place, aggregateId: orderId, aggregateVersion: 1, correlationId: newId() },
      {
        orderId,
        orderNumber,
        fireId: newId(),
        type: 'dine_in',
        channel: 'qr',
        tableLabel: '4',
        customerName: null,
        diningAreaId: null,
        items: [
          {
            lineId: newId(),
            productId: newId(),
            categoryId: null,
            name: 'Käsespätzle',
            quantity: 1,
            notes: null,
            modifiers: [],
            modifierOptionIds: [],
            allergens: [],
            seat: null,
            course: null,
            source: 'qr',
          },
        ],
        firedAt: new Date().toISOString(),
      },
    );
    const broken = {
      ...event,
      payload: { ...event.payload, items: [{ ...event.payload.items[0]!, quantity: 0 }] },
    };
    return { orderId, event, broken };
  };
  const deadLetterOf = (orderId: string, who = operator) =>
    waitUntil(
      async () =>
        (await failuresOf(who, `service=kitchen&orderId=${orderId}`)).find(
          (f) => f.status === 'open',
        ),
      { what: 'the dead letter in the console', timeoutMs: 20_000 },
    );

  beforeAll(async () => {
    [kitchen, console_] = await Promise.all([startApp(env, 'kitchen'), startApp(env, 'console')]);
    bus = await BusProbe.start(env.run.amqpUrl, `${env.amqpPrefix}brigade.events`);
    await bus.consumed(kitchenQueue);
    await bus.consumed(`${kitchenQueue}.dlq`);
    operator = await asStaff(place.tenantId, ['operator']);
    stranger = await asStaff(newId(), ['operator']);
  });
  afterAll(async () => {
    await bus.stop();
    await Promise.all([kitchen.stop(), console_.stop()]);
  });

  it('when kitchen dead-letters a malformed order, then its operator sees it with order, cause and payload, another tenant nothing', async () => {
    const { orderId, broken } = malformedFire(301);
    await bus.publish(broken);

    const failure = await deadLetterOf(orderId);

    expect(failure).toMatchObject({
      tenantId: place.tenantId,
      locationId: place.locationId,
      orderId,
      service: 'kitchen',
      source: 'dead-letter',
      subject: 'kitchen.order-events · order.items-fired.v1',
      cause: 'validation',
      status: 'open',
      actions: ['resend', 'fix-and-resend', 'discard'],
    });
    expect(failure.error).toContain('quantity');
    expect(failure.payload.payload.orderNumber).toBe(301);
    expect(await failuresOf(stranger)).toEqual([]);
    const peek = await call(
      'GET',
      `${console_.url}/v1/failures/${failure.id}`,
      undefined,
      stranger,
    );
    expect(peek.status).toBe(404);
    const meddle = await call(
      'POST',
      `${console_.url}/v1/failures/${failure.id}/actions`,
      { action: 'discard', reason: 'not mine' },
      stranger,
    );
    expect(meddle.status).toBe(404);
    const admin = await asStaff(newId(), ['admin']);
    expect(
      (await failuresOf(admin, `service=kitchen&orderId=${orderId}`)).map((f) => f.id),
    ).toEqual([failure.id]);
  });

  it('when re-send is double-clicked, then it is re-sent once and recorded once', async () => {
    const { orderId, broken } = malformedFire(302);
    await bus.publish(broken);
    const failure = await deadLetterOf(orderId);
    await bus.watchDeadLetters(`${env.amqpPrefix}brigade.dead-letters`, kitchenQueue);

    const clicks = await Promise.all(
      [1, 2].map(() =>
        call(
          'POST',
          `${console_.url}/v1/failures/${failure.id}/actions`,
          { action: 'resend', reason: 'kitchen was fixed', occurrence: failure.occurrences },
          operator,
        ),
      ),
    );

    // The second click finds it re-sent, or (the copy failed again at once) failed anew.
    expect(clicks.map((c) => c.status).sort()).toEqual([200, 409]);
    expect(clicks.find((c) => c.status === 409)!.body.type).toMatch(/failure-(not-open|changed)/);
    // Still malformed, it dies again in kitchen: once, so the failure comes back once.
    const again = await waitUntil(
      async () => {
        const f = (await failuresOf(operator, `service=kitchen&orderId=${orderId}`))[0]!;
        return f.status === 'open' && f.occurrences === 2 ? f : undefined;
      },
      { what: 'the re-sent message dead-lettered again' },
    );
    const deadAgain = bus.all(
      (m) => m.routingKey === kitchenQueue && (m.body as { id?: string }).id === failure.payload.id,
    );
    expect(deadAgain).toHaveLength(1);
    expect(again.history).toHaveLength(1);
    expect(again.history[0]).toMatchObject({
      action: 'resend',
      reason: 'kitchen was fixed',
      outcome: 're-published to kitchen.order-events',
    });
    expect(again.history[0].actor).toMatch(/^user:/);
  });

  it('when the payload is fixed and re-sent, then kitchen makes its ticket once; a wrong fix is refused naming the field', async () => {
    const { orderId, event, broken } = malformedFire(303);
    await bus.publish(broken);
    const failure = await deadLetterOf(orderId);
    const act = (payload: unknown) =>
      call(
        'POST',
        `${console_.url}/v1/failures/${failure.id}/actions`,
        { action: 'fix-and-resend', reason: 'quantity was 0', payload, occurrence: 1 },
        operator,
      );

    const wrong = await act({ ...event.payload, orderNumber: -1 });
    expect(wrong.status).toBe(400);
    expect(wrong.body.fields[0].field).toBe('payload.orderNumber');
    const [first, second] = await Promise.all([act(event.payload), act(event.payload)]);

    expect([first!.status, second!.status].sort()).toEqual([200, 409]);
    const manager = await asStaff(place.tenantId, ['manager']);
    const tickets = await waitUntil(
      async () => {
        const res = await call(
          'GET',
          `${kitchen.url}/v1/tickets?orderId=${orderId}`,
          undefined,
          manager,
        );
        return res.body.items.length > 0 ? res.body.items : undefined;
      },
      { what: 'the ticket of the fixed order' },
    );
    expect(tickets).toHaveLength(1);
    const after = (await failuresOf(operator, `service=kitchen&orderId=${orderId}`))[0]!;
    expect(after.status).toBe('resent');
  });

  it('when open dead letters are discarded in bulk, then each is discarded once with the reason', async () => {
    const orders = [malformedFire(304), malformedFire(305)];
    for (const o of orders) await bus.publish(o.broken);
    for (const o of orders) await deadLetterOf(o.orderId);

    const res = await call(
      'POST',
      `${console_.url}/v1/failures/bulk-actions`,
      {
        action: 'discard',
        reason: 'test orders',
        filter: { cause: 'validation', service: 'kitchen' },
      },
      operator,
    );

    expect(res.status).toBe(200);
    const mine = res.body.items.filter((i: { failureId: string }) => i.failureId);
    expect(mine.length).toBeGreaterThanOrEqual(2);
    expect(new Set(mine.map((i: { outcome: string }) => i.outcome))).toEqual(
      new Set(['discarded']),
    );
    for (const o of orders) {
      const [f] = await failuresOf(operator, `service=kitchen&orderId=${o.orderId}`);
      expect(f!.status).toBe('discarded');
      expect(f!.history.map((h: { reason: string }) => h.reason)).toEqual(['test orders']);
    }
    const missing = await call(
      'POST',
      `${console_.url}/v1/failures/bulk-actions`,
      { action: 'discard', filter: {} },
      operator,
    );
    expect(missing.status).toBe(400);
    expect(missing.body.fields[0].field).toBe('reason');
  });
});
