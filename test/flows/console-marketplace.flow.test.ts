import { TestEnv, waitUntil } from '../../libs/testing/src';
import {
  startMarketplaceSimulator,
  type MarketplaceSimulator,
} from '../../simulators/marketplaces/src';
import { aMenu, asStaff, type TestMenu } from '../support/builders';
import { call } from '../support/http-client';
import { consumersReady } from '../support/stack-helpers';
import { marketplaceApis, pointWebhooks } from '../support/marketplaces';
import { startApp, type StartedApp } from '../support/stack';

/**
 * A Wolt order with a dish nobody mapped waits in delivery-adapter; the operator sees it in
 * the console as a mapping failure, maps the SKU there and re-sends it in one step: the
 * order is accepted and Wolt hears it once.
 */
describe('a marketplace order waiting for its mapping, fixed from the console', () => {
  const env = new TestEnv();
  let orders: StartedApp<'orders'>;
  let kitchen: StartedApp<'kitchen'>;
  let adapter: StartedApp<'delivery-adapter'>;
  let console_: StartedApp<'console'>;
  let sim: MarketplaceSimulator;
  let menu: TestMenu;

  beforeAll(async () => {
    sim = await startMarketplaceSimulator();
    [orders, kitchen] = await Promise.all([startApp(env, 'orders'), startApp(env, 'kitchen')]);
    adapter = await startApp(env, 'delivery-adapter', {
      ORDERS_URL: orders.url,
      KITCHEN_URL: kitchen.url,
      ...marketplaceApis(sim),
    });
    console_ = await startApp(env, 'console', { DELIVERY_ADAPTER_URL: adapter.url });
    pointWebhooks(sim, adapter.url);
    await consumersReady(env, 'console.all-events');
    menu = await aMenu(orders.app.platform.db);
    const manager = await asStaff(menu.tenantId, ['manager']);
    const store = await call(
      'PUT',
      `${adapter.url}/v1/locations/${menu.locationId}/marketplaces/wolt`,
      { storeId: 'wolt-venue-console', autoAccept: true },
      manager,
    );
    expect(store.status).toBe(200);
  });
  afterAll(async () => {
    await Promise.all([adapter.stop(), orders.stop(), kitchen.stop(), console_.stop()]);
    await sim.stop();
  });

  it('when the operator maps the SKU in the console, then the order is accepted and Wolt told once', async () => {
    const operator = await asStaff(menu.tenantId, ['operator']);
    const { order } = await sim.placeOrder('wolt', {
      storeId: 'wolt-venue-console',
      items: [{ sku: 'KAISERSCHMARRN', name: 'Kaiserschmarrn', quantity: 1, unitPriceMinor: 990 }],
    });

    const failure = await waitUntil(
      async () =>
        (
          await call(
            'GET',
            `${console_.url}/v1/failures?source=marketplace-order`,
            undefined,
            operator,
          )
        ).body.items[0],
      { what: 'the order in the console', timeoutMs: 20_000 },
    );
    expect(failure).toMatchObject({
      service: 'delivery-adapter',
      cause: 'mapping',
      actions: ['resend', 'fix-and-resend', 'discard'],
    });
    expect(failure.error).toContain('KAISERSCHMARRN');
    const fix = (mappings: object[]) =>
      call(
        'POST',
        `${console_.url}/v1/failures/${failure.id}/actions`,
        { action: 'fix-and-resend', reason: 'new dessert', payload: { mappings }, occurrence: 1 },
        operator,
      );

    const unnamed = await fix([{ sku: 'KAISERSCHMARRN' }]);
    const fixed = await fix([{ sku: 'KAISERSCHMARRN', productId: menu.products[1]!.id }]);

    expect(unnamed.status).toBe(400);
    expect(unnamed.body.fields[0].field).toBe('payload.mappings.0.productId');
    expect(fixed.status).toBe(200);
    expect(fixed.body.history[0].outcome).toBe('SKUs mapped, order retried');
    await waitUntil(
      () =>
        sim.calls().filter((c) => c.path.includes(order.id) && c.path.endsWith('/accept'))
          .length === 1,
      { what: 'Wolt told the order is accepted' },
    );
  });
});
