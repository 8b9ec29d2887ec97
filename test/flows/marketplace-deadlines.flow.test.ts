import { Queue } from 'bullmq';
import { BusProbe, TcpProxy, TestEnv, waitUntil } from '../../libs/testing/src';
import {
  startMarketplaceSimulator,
  type Marketplace,
  type MarketplaceSimulator,
} from '../../simulators/marketplaces/src';
import { aMenu, asStaff, type TestMenu } from '../support/builders';
import { call } from '../support/http-client';
import { marketplaceApis, pointWebhooks } from '../support/marketplaces';
import { startApp, type StartedApp } from '../support/stack';

/**
 * Staff who do not decide in time: every marketplace's deadline (here 4 s for 10 and 11.5
 * minutes) is escalated first (an alert, the order on the near-deadline list), then the
 * store's fallback decides before the marketplace cancels; an order waiting for its mapping
 * is alerted but never decided by the system.
 */
describe('marketplace acceptance deadlines, across delivery-adapter and orders', () => {
  const env = new TestEnv();
  let orders: StartedApp<'orders'>;
  let adapter: StartedApp<'delivery-adapter'>;
  let sim: MarketplaceSimulator;
  let bus: BusProbe;
  let ordersLink: TcpProxy;
  let menu: TestMenu;
  let manager: Record<string, string>;
  const stores: Record<Marketplace, string> = {
    'uber-eats': 'uber-slow',
    wolt: 'wolt-slow',
    deliveroo: 'roo-slow',
  };

  beforeAll(async () => {
    sim = await startMarketplaceSimulator();
    orders = await startApp(env, 'orders');
    ordersLink = await TcpProxy.start('127.0.0.1', Number(new URL(orders.url).port));
    adapter = await startApp(env, 'delivery-adapter', {
      ORDERS_URL: ordersLink.proxied(orders.url),
      TAKE_ATTEMPTS: '2',
      TAKE_BACKOFF_MS: '50',
      ...marketplaceApis(sim),
      UBER_EATS_ACCEPT_WITHIN_MS: '4000',
      WOLT_ACCEPT_WITHIN_MS: '4000',
      DELIVEROO_ACCEPT_WITHIN_MS: '4000',
      ESCALATE_BEFORE_DEADLINE_MS: '3000',
      FALLBACK_BEFORE_DEADLINE_MS: '1500',
      DEADLINE_WATCH_EVERY_MS: '100',
    });
    await adapter.app.platform.amqp.waitUntilConnected();
    bus = await BusProbe.start(env.run.amqpUrl, `${env.amqpPrefix}brigade.events`);
    pointWebhooks(sim, adapter.url);
    menu = await aMenu(orders.app.platform.db);
    manager = await asStaff(menu.tenantId, ['manager']);
    const settings: Record<Marketplace, object> = {
      'uber-eats': { autoAccept: true },
      wolt: { autoAccept: false, fallback: 'deny' },
      deliveroo: { autoAccept: false, fallback: 'accept' },
    };
    for (const [m, storeId] of Object.entries(stores)) {
      const res = await call(
        'PUT',
        `${adapter.url}/v1/locations/${menu.locationId}/marketplaces/${m}`,
        { storeId, ...settings[m as Marketplace] },
        manager,
      );
      expect(res.status).toBe(200);
    }
    await call(
      'PUT',
      `${adapter.url}/v1/locations/${menu.locationId}/sku-mappings`,
      { mappings: [{ sku: 'SCHORLE', productId: menu.products[2]!.id }] },
      manager,
    );
  });
  afterAll(async () => {
    await bus.stop();
    await Promise.all([adapter.stop(), orders.stop()]);
    await ordersLink.stop();
    await sim.stop();
  });

  const alerts = (id: string) =>
    bus
      .all<{ type: string; payload: { externalId: string; reason: string } }>(
        (m) =>
          m.body.type === 'marketplace.order-needs-attention.v1' &&
          m.body.payload.externalId === id,
      )
      .map((m) => m.body.payload.reason);
  const item = (sku: string) => ({ sku, name: sku, quantity: 1, unitPriceMinor: 390 });
  const find = async (marketplace: Marketplace, id: string) => {
    const res = await call(
      'GET',
      `${adapter.url}/v1/marketplace-orders?locationId=${menu.locationId}`,
      undefined,
      manager,
    );
    return (res.body.items as Array<Record<string, any>>).find(
      (o) => o.marketplace === marketplace && o.marketplaceOrderId === id,
    );
  };
  const decided = (marketplace: Marketplace, id: string) =>
    waitUntil(
      async () => {
        const o = await find(marketplace, id);
        return o && ['accepted', 'denied'].includes(o.status) ? o : undefined;
      },
      { what: 'the fallback', timeoutMs: 15_000 },
    );

  it('when staff leave a Deliveroo order, then it is escalated, listed near its deadline, and accepted by the fallback in time', async () => {
    const { order } = await sim.placeOrder('deliveroo', {
      storeId: stores.deliveroo,
      items: [item('SCHORLE')],
    });

    const near = await waitUntil(
      async () => {
        const res = await call(
          'GET',
          `${adapter.url}/v1/marketplace-orders/near-deadline?locationId=${menu.locationId}&withinSeconds=5`,
          undefined,
          manager,
        );
        return (res.body.items as Array<{ marketplaceOrderId: string; status: string }>).find(
          (o) => o.marketplaceOrderId === order.id,
        );
      },
      { what: 'the order near its deadline' },
    );
    const taken = await decided('deliveroo', order.id);

    expect(['received', 'awaiting-acceptance']).toContain(near.status);
    expect(taken).toMatchObject({ status: 'accepted', decidedBy: 'system:fallback' });
    expect(Date.parse(taken.deadlineAt)).toBeGreaterThan(Date.now() - 1_000);
    await waitUntil(() => alerts(order.id).includes('deadline-near'), { what: 'the alert' });
    expect(alerts(order.id)).toEqual(['deadline-near']);
  });

  it('when staff leave a Wolt order and the store’s fallback is to deny, then Wolt hears it rejected with the reason', async () => {
    const { order } = await sim.placeOrder('wolt', {
      storeId: stores.wolt,
      items: [item('SCHORLE')],
    });

    const denied = await decided('wolt', order.id);

    expect(denied).toMatchObject({ status: 'denied', denyReason: 'not accepted in time' });
    await waitUntil(
      () =>
        sim.calls('wolt').some((c) => c.path.endsWith(`${order.id}/reject`) && c.status === 200),
      { what: 'the reject call' },
    );
  });

  it('when an Uber Eats order waits for its mapping, then it is alerted at once and near the deadline, and never decided by the system', async () => {
    const { order } = await sim.placeOrder('uber-eats', {
      storeId: stores['uber-eats'],
      items: [item('UNKNOWN-SKU')],
    });

    await waitUntil(() => alerts(order.id).length === 2, {
      what: 'both alerts',
      timeoutMs: 10_000,
    });
    expect(alerts(order.id)).toEqual(['needs-mapping', 'deadline-near']);
    await waitUntil(
      async () => Date.parse((await find('uber-eats', order.id))!.deadlineAt) < Date.now(),
      {
        what: 'the deadline passing',
        timeoutMs: 10_000,
      },
    );
    expect((await find('uber-eats', order.id))!.status).toBe('needs-mapping');
    expect(
      sim.calls('uber-eats').filter((c) => c.path.includes(order.id) && c.method !== 'GET'),
    ).toEqual([]);
  });

  it('when orders is away through every attempt to take an Uber Eats order, then the fallback takes it before the deadline', async () => {
    ordersLink.cut();
    const { order } = await sim.placeOrder('uber-eats', {
      storeId: stores['uber-eats'],
      items: [item('SCHORLE')],
    });
    const { config } = adapter.app.platform;
    const takeQueue = new Queue('delivery-adapter.take-order', {
      connection: { url: config.REDIS_URL } as never,
      prefix: config.REDIS_PREFIX,
    });
    try {
      await waitUntil(async () => (await takeQueue.getJobCounts('failed')).failed === 1, {
        what: 'every attempt to take it failed',
      });
    } finally {
      await takeQueue.close();
    }
    expect((await find('uber-eats', order.id))?.status).toBe('received');
    ordersLink.restore();

    const taken = await decided('uber-eats', order.id);

    expect(taken).toMatchObject({ status: 'accepted', decidedBy: 'system:fallback' });
    expect(taken.internalOrderId).toEqual(expect.any(String));
  });
});
