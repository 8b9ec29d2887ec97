import { BusProbe, TestEnv, waitUntil } from '../../libs/testing/src';
import {
  aMenu,
  anIdempotencyKey,
  aPlaceOrderRequest,
  asStaff,
  asStorefront,
  type TestMenu,
} from '../support/builders';
import { call } from '../support/http-client';
import { startApp, type StartedApp } from '../support/stack';
import { ticketsPerOrder } from '../support/stack-helpers';

describe('an order from the API to a kitchen ticket', () => {
  const env = new TestEnv();
  let orders: StartedApp<'orders'>;
  let kitchen: StartedApp<'kitchen'>;
  let billing: StartedApp<'billing'>;
  let bus: BusProbe;
  let menu: TestMenu;

  beforeAll(async () => {
    [orders, kitchen, billing] = await Promise.all([
      startApp(env, 'orders'),
      startApp(env, 'kitchen'),
      startApp(env, 'billing'),
    ]);
    bus = await BusProbe.start(env.run.amqpUrl, `${env.amqpPrefix}brigade.events`);
    menu = await aMenu(orders.app.platform.db);
  });
  afterAll(async () => {
    await bus.stop();
    await Promise.all([orders.stop(), kitchen.stop(), billing.stop()]);
  });

  it('when an order is placed, then kitchen stores its ticket, orders marks it sent to the kitchen and billing knows its total', async () => {
    const placed = await call('POST', `${orders.url}/v1/orders`, aPlaceOrderRequest(menu), {
      'Idempotency-Key': anIdempotencyKey(),
      ...asStorefront(menu),
      'X-Correlation-Id': 'guest-42',
    });

    const ticket = await bus.waitForEvent<{ orderId: string }>(
      'kitchen.ticket-created.v1',
      (p) => p.orderId === placed.body.id,
    );
    const staff = await asStaff(menu.tenantId, ['kitchen']);
    const { body } = await call(
      'GET',
      `${kitchen.url}/v1/tickets?orderId=${placed.body.id}`,
      undefined,
      staff,
    );
    expect(body.items).toHaveLength(1);
    expect(body.items[0]).toMatchObject({
      tableLabel: '12',
      channel: 'qr',
      items: [{ name: 'Wiener Schnitzel', quantity: 2 }, { name: 'Apfelschorle' }],
    });
    expect(ticket.correlationId).toBe('guest-42');
    await waitUntil(async () => {
      const res = await call('GET', `${orders.url}/v1/orders/${placed.body.id}`, undefined, staff);
      return res.body.status === 'sent_to_kitchen';
    });
    const bill = await waitUntil(async () => {
      const res = await call(
        'GET',
        `${billing.url}/v1/billable-orders/${placed.body.id}`,
        undefined,
        staff,
      );
      return res.status === 200 && res.body;
    });
    expect(bill.total).toEqual(placed.body.total);
  });

  it('when the same POST is sent twice, then there is one order and one ticket', async () => {
    const key = anIdempotencyKey();
    const request = aPlaceOrderRequest(menu, { tableLabel: '3' });

    const first = await call('POST', `${orders.url}/v1/orders`, request, {
      'Idempotency-Key': key,
      ...asStorefront(menu),
    });
    const second = await call('POST', `${orders.url}/v1/orders`, request, {
      'Idempotency-Key': key,
      ...asStorefront(menu),
    });
    const marker = await call('POST', `${orders.url}/v1/orders`, request, {
      'Idempotency-Key': anIdempotencyKey(),
      ...asStorefront(menu),
    });
    const counts = await ticketsPerOrder(
      kitchen.url,
      [first.body.id, marker.body.id],
      await asStaff(menu.tenantId),
    );

    expect(second.body.id).toBe(first.body.id);
    expect(counts.get(first.body.id)).toBe(1);
    expect(
      bus.all(
        (m) =>
          m.body.type === 'order.items-fired.v1' &&
          (m.body.payload as { orderId: string }).orderId === first.body.id,
      ),
    ).toHaveLength(1);
  });
});
