import { TestEnv, waitUntil } from '../../libs/testing/src';
import {
  startMarketplaceSimulator,
  type Marketplace,
  type MarketplaceSimulator,
} from '../../simulators/marketplaces/src';
import { aMenu, asStaff, type TestMenu } from '../support/builders';
import { call } from '../support/http-client';
import { marketplaceApis } from '../support/marketplaces';
import { startApp, type StartedApp } from '../support/stack';

/**
 * Each marketplace end to end: a valid signed order becomes one order of ours with a
 * kitchen ticket; the same webhook replayed five times leaves it one; a forged signature
 * or a body changed by one byte answers 401 and leaves nothing anywhere.
 */
describe.each<Marketplace>(['uber-eats', 'wolt', 'deliveroo'])(
  '%s orders into the kitchen, across delivery-adapter, orders and kitchen',
  (marketplace) => {
    const env = new TestEnv();
    let orders: StartedApp<'orders'>;
    let kitchen: StartedApp<'kitchen'>;
    let adapter: StartedApp<'delivery-adapter'>;
    let sim: MarketplaceSimulator;
    let menu: TestMenu;
    let manager: Record<string, string>;
    const storeId = `${marketplace}-channel`;
    const items = [{ sku: 'SPAETZLE', name: 'Käsespätzle', quantity: 2, unitPriceMinor: 1350 }];

    beforeAll(async () => {
      sim = await startMarketplaceSimulator();
      [orders, kitchen] = await Promise.all([startApp(env, 'orders'), startApp(env, 'kitchen')]);
      adapter = await startApp(env, 'delivery-adapter', {
        ORDERS_URL: orders.url,
        ...marketplaceApis(sim),
      });
      sim.setWebhookUrl(marketplace, `${adapter.url}/v1/webhooks/${marketplace}`);
      menu = await aMenu(orders.app.platform.db);
      manager = await asStaff(menu.tenantId, ['manager']);
      const base = `${adapter.url}/v1/locations/${menu.locationId}`;
      await call('PUT', `${base}/marketplaces/${marketplace}`, { storeId }, manager);
      await call(
        'PUT',
        `${base}/sku-mappings`,
        { mappings: [{ sku: 'SPAETZLE', productId: menu.products[1]!.id }] },
        manager,
      );
    });
    afterAll(async () => {
      await Promise.all([adapter.stop(), orders.stop(), kitchen.stop()]);
      await sim.stop();
    });

    const ourOrders = async () =>
      orders.app.platform.db.query<{ id: string }>(
        `SELECT id FROM orders WHERE location_id = $1 AND channel = 'marketplace'`,
        [menu.locationId],
      );

    it('when a signed order comes and is replayed five times, then it is one order of ours with a kitchen ticket', async () => {
      const { deliveries } = await sim.placeOrder(marketplace, { storeId, items });
      const replays = await Promise.all(
        Array.from({ length: 5 }, () => sim.replay(deliveries[0]!)),
      );

      expect([...deliveries, ...replays].map((d) => d.status)).toEqual(Array(6).fill(200));
      const [ours] = await waitUntil(
        async () => {
          const found = await ourOrders();
          return found.length > 0 && found;
        },
        { what: 'our order' },
      );
      await waitUntil(
        async () =>
          (await call('GET', `${kitchen.url}/v1/tickets?orderId=${ours!.id}`, undefined, manager))
            .body.items.length === 1,
        { what: 'its kitchen ticket' },
      );
      expect(await ourOrders()).toHaveLength(1);
    });

    it.each(['forged', 'tampered'] as const)(
      'when the webhook is %s, then it answers 401 and leaves nothing anywhere',
      async (signing) => {
        const before = (await ourOrders()).length;
        const { order, deliveries } = await sim.placeOrder(marketplace, {
          storeId,
          items,
          signing,
        });

        expect(deliveries.map((d) => d.status)).toEqual([401]);
        const stored = await adapter.app.platform.db.query(
          'SELECT 1 FROM marketplace_orders WHERE marketplace_order_id = $1',
          [order.id],
        );
        expect(stored).toHaveLength(0);
        expect(await ourOrders()).toHaveLength(before);
      },
    );
  },
);
