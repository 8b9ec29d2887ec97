import { connect, type ChannelModel } from 'amqplib';
import { newId, OrderItemsFiredV1, OrderItemVoidedV1 } from '../../../../libs/contracts/src';
import { BusProbe, TestEnv, waitUntil } from '../../../../libs/testing/src';
import { asStaff } from '../../../../test/support/builders';
import { call } from '../../../../test/support/http-client';
import { startApp, type StartedApp } from '../../../../test/support/stack';

function aFiredEvent() {
  const orderId = newId();
  return OrderItemsFiredV1.create(
    {
      tenantId: newId(),
      locationId: newId(),
      aggregateId: orderId,
      aggregateVersion: 1,
      correlationId: newId(),
    },
    {
      orderId,
      orderNumber: 7,
      fireId: newId(),
      type: 'take_out',
      channel: 'phone',
      tableLabel: null,
      customerName: 'Jörg',
      items: [
        {
          lineId: newId(),
          productId: newId(),
          name: 'Käsespätzle',
          quantity: 2,
          notes: 'extra Röstzwiebeln',
          modifiers: ['ohne Speck'],
          seat: null,
          course: null,
          source: 'phone',
        },
      ],
      firedAt: new Date().toISOString(),
    },
  );
}

describe('kitchen consumes order.items-fired.v1', () => {
  const env = new TestEnv();
  let kitchen: StartedApp<'kitchen'>;
  let bus: BusProbe;
  let amqp: ChannelModel;
  const exchange = `${env.amqpPrefix}brigade.events`;
  const publish = async (body: unknown, type: string = OrderItemsFiredV1.type) => {
    const ch = await amqp.createConfirmChannel();
    ch.publish(
      exchange,
      type,
      Buffer.from(typeof body === 'string' ? body : JSON.stringify(body)),
      { persistent: true },
    );
    await ch.waitForConfirms();
    await ch.close();
  };
  /** The tickets of a fired event's order, read as kitchen staff of its tenant. */
  const tickets = async (fired: { tenantId: string; payload: { orderId: string } }) =>
    (
      await call(
        'GET',
        `${kitchen.url}/v1/tickets?orderId=${fired.payload.orderId}`,
        undefined,
        await asStaff(fired.tenantId, ['kitchen']),
      )
    ).body.items;

  beforeAll(async () => {
    kitchen = await startApp(env, 'kitchen');
    await kitchen.app.platform.amqp.waitUntilConnected();
    bus = await BusProbe.start(env.run.amqpUrl, exchange);
    await bus.watchDeadLetters(
      `${env.amqpPrefix}brigade.dead-letters`,
      `${env.amqpPrefix}kitchen.order-events`,
    );
    amqp = await connect(env.run.amqpUrl);
  });
  afterAll(async () => {
    await amqp.close();
    await bus.stop();
    await kitchen.stop();
  });

  it('when items are fired, then stores one ticket with them and announces kitchen.ticket-created.v1', async () => {
    const fired = aFiredEvent();

    await publish(fired);

    const created = await bus.waitForEvent<{ orderId: string; lineIds: string[] }>(
      'kitchen.ticket-created.v1',
      (p) => p.orderId === fired.payload.orderId,
    );
    expect(created.payload.lineIds).toEqual([fired.payload.items[0]!.lineId]);
    const [ticket] = await tickets(fired);
    expect(ticket).toMatchObject({
      orderNumber: 7,
      channel: 'phone',
      customerName: 'Jörg',
      items: [{ name: 'Käsespätzle', quantity: 2, notes: 'extra Röstzwiebeln' }],
    });
  });

  it('when the same event is delivered twice, then there is one ticket', async () => {
    const fired = aFiredEvent();

    await publish(fired);
    await publish(fired);
    await bus.waitForEvent(
      'kitchen.ticket-created.v1',
      (p: { orderId: string }) => p.orderId === fired.payload.orderId,
    );
    const marker = aFiredEvent();
    await publish(marker);
    await bus.waitForEvent(
      'kitchen.ticket-created.v1',
      (p: { orderId: string }) => p.orderId === marker.payload.orderId,
    );

    expect(await tickets(fired)).toHaveLength(1);
    expect(
      bus.all(
        (m) =>
          m.body.type === 'kitchen.ticket-created.v1' &&
          (m.body.payload as { orderId: string }).orderId === fired.payload.orderId,
      ),
    ).toHaveLength(1);
    const inbox = await kitchen.app.platform.db.query<{ n: string }>(
      'SELECT count(*) n FROM inbox WHERE message_id = $1',
      [fired.id],
    );
    expect(inbox[0]!.n).toBe('1');
  });

  it('when a message breaks its contract, then it lands in the dead letters and valid messages after it still flow', async () => {
    const broken = { ...aFiredEvent(), payload: { orderId: 'not-a-uuid' } };
    const notJson = '{"type": "order.items-fired.v1", ';
    const valid = aFiredEvent();

    await publish(broken);
    await publish(notJson);
    await publish(valid);

    const deadBroken = await bus.waitFor(
      (m) =>
        m.routingKey.endsWith('kitchen.order-events') &&
        (m.body as { id?: string }).id === broken.id,
    );
    expect(deadBroken.headers['x-brigade-reason']).toBe('invalid-message');
    expect(String(deadBroken.headers['x-brigade-error'])).toMatch(/orderId/);
    await waitUntil(async () => (await tickets(valid)).length === 1, {
      what: 'ticket of the valid message',
    });
    const inDlq = await waitUntil(
      async () => {
        const ch = await amqp.createChannel();
        const q = await ch.checkQueue(`${env.amqpPrefix}kitchen.order-events.dlq`);
        await ch.close();
        return q.messageCount >= 2 && q.messageCount;
      },
      { what: 'both invalid messages kept in the DLQ' },
    );
    expect(inDlq).toBe(2);
  });

  it('when fired items are cancelled, then their units are struck on the ticket, once, and a void before fire changes nothing', async () => {
    const fired = aFiredEvent();
    const item = fired.payload.items[0]!;
    await publish(fired);
    await bus.waitForEvent(
      'kitchen.ticket-created.v1',
      (p: { orderId: string }) => p.orderId === fired.payload.orderId,
    );
    const voided = (quantity: number, afterFire = true) =>
      OrderItemVoidedV1.create(
        {
          tenantId: fired.tenantId,
          locationId: fired.locationId,
          aggregateId: fired.payload.orderId,
          aggregateVersion: 3,
          correlationId: newId(),
        },
        {
          orderId: fired.payload.orderId,
          orderNumber: 7,
          lineId: item.lineId,
          productId: item.productId,
          name: item.name,
          quantity,
          voidedLineId: newId(),
          afterFire,
          reason: 'quality',
          note: null,
          voidedBy: 'user:someone',
          approvedBy: newId(),
          total: { amountMinor: 0, currency: 'EUR' },
          voidedAt: new Date().toISOString(),
        },
      );
    const once = voided(1);

    await publish(voided(1, false), OrderItemVoidedV1.type);
    await publish(once, OrderItemVoidedV1.type);
    await publish(once, OrderItemVoidedV1.type);
    await waitUntil(async () => (await tickets(fired))[0].items[0].voidedQuantity > 0);
    const partly = (await tickets(fired))[0].items[0];
    await publish(voided(1), OrderItemVoidedV1.type);
    await waitUntil(async () => (await tickets(fired))[0].items[0].status === 'cancelled');

    expect(partly).toMatchObject({ quantity: 2, voidedQuantity: 1, status: 'pending' });
    expect((await tickets(fired))[0].items[0]).toMatchObject({ voidedQuantity: 2 });
  });
});
