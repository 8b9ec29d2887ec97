import { TcpProxy, TestEnv } from '../../libs/testing/src';
import {
  aMenu,
  anIdempotencyKey,
  aPlaceOrderRequest,
  asStaff,
  asStorefront,
} from '../support/builders';
import { call } from '../support/http-client';
import { startApp, type StartedApp } from '../support/stack';
import { ticketsPerOrder } from '../support/stack-helpers';

describe('the broker connection drops mid-flow', () => {
  const env = new TestEnv();
  let proxy: TcpProxy;
  let orders: StartedApp<'orders'>;
  let kitchen: StartedApp<'kitchen'>;

  beforeAll(async () => {
    const broker = new URL(env.run.amqpUrl);
    proxy = await TcpProxy.start(broker.hostname, Number(broker.port || 5672));
    const overrides = { AMQP_URL: proxy.proxied(env.run.amqpUrl) };
    [orders, kitchen] = await Promise.all([
      startApp(env, 'orders', overrides),
      startApp(env, 'kitchen', overrides),
    ]);
    await Promise.all([
      orders.app.platform.amqp.waitUntilConnected(),
      kitchen.app.platform.amqp.waitUntilConnected(),
    ]);
  });
  afterAll(async () => {
    await Promise.all([orders.stop(), kitchen.stop()]);
    await proxy.stop();
  });

  it('when orders are placed before, during and after the outage, then every one reaches the kitchen exactly once', async () => {
    const menu = await aMenu(orders.app.platform.db);
    const place = () =>
      call('POST', `${orders.url}/v1/orders`, aPlaceOrderRequest(menu), {
        'Idempotency-Key': anIdempotencyKey(),
        ...asStorefront(menu),
      });
    const before = await Promise.all(Array.from({ length: 10 }, place));
    const inFlight = Array.from({ length: 10 }, place);

    proxy.cut();
    const disconnected = await Promise.all(
      [orders, kitchen].map(
        (s) =>
          new Promise((r) =>
            s.app.platform.amqp.isConnected ? s.app.platform.amqp.once('disconnected', r) : r(null),
          ),
      ),
    );
    const during = await Promise.all([
      ...(await Promise.all(inFlight)),
      ...(await Promise.all(Array.from({ length: 10 }, place))),
    ]);
    const pendingInOutbox = await orders.app.platform.db.query<{ n: string }>(
      'SELECT count(*) n FROM outbox',
    );
    proxy.restore();
    const after = await Promise.all(Array.from({ length: 10 }, place));

    expect(disconnected).toHaveLength(2);
    expect([...before, ...during, ...after].map((r) => r.status)).toEqual(Array(40).fill(201));
    expect(Number(pendingInOutbox[0]!.n)).toBeGreaterThan(0);
    const ids = [...before, ...during, ...after].map((r) => r.body.id as string);
    const counts = await ticketsPerOrder(kitchen.url, ids, await asStaff(menu.tenantId), 45_000);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    const tickets = await kitchen.app.platform.db.query<{ n: string; orders: string }>(
      'SELECT count(*) n, count(DISTINCT order_id) orders FROM tickets',
    );
    expect(tickets[0]).toEqual({ n: '40', orders: '40' });
  });
});
