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
 * The menu goes out from our catalog: published to each marketplace store under its SKUs
 * (a product without one under its own id, mapped on the way), republished by every change
 * (an 86 and its end reach all three), and read back to report prices that drifted.
 */
describe('menus and availability out to the marketplaces, across orders and delivery-adapter', () => {
  const env = new TestEnv();
  let orders: StartedApp<'orders'>;
  let adapter: StartedApp<'delivery-adapter'>;
  let sim: MarketplaceSimulator;
  let menu: TestMenu;
  let manager: Record<string, string>;
  const stores: Record<Marketplace, string> = {
    'uber-eats': 'uber-menu',
    wolt: 'wolt-menu',
    deliveroo: 'roo-menu',
  };

  beforeAll(async () => {
    sim = await startMarketplaceSimulator();
    orders = await startApp(env, 'orders');
    adapter = await startApp(env, 'delivery-adapter', {
      ORDERS_URL: orders.url,
      ...marketplaceApis(sim),
    });
    await adapter.app.platform.amqp.waitUntilConnected();
    menu = await aMenu(orders.app.platform.db);
    manager = await asStaff(menu.tenantId, ['manager']);
    for (const [m, storeId] of Object.entries(stores))
      await call(
        'PUT',
        `${adapter.url}/v1/locations/${menu.locationId}/marketplaces/${m}`,
        { storeId },
        manager,
      );
    await call(
      'PUT',
      `${adapter.url}/v1/locations/${menu.locationId}/sku-mappings`,
      { mappings: [{ sku: 'SCHNITZEL', productId: menu.products[0]!.id }] },
      manager,
    );
  });
  afterAll(async () => {
    await Promise.all([adapter.stop(), orders.stop()]);
    await sim.stop();
  });

  it('when a manager publishes to Uber Eats, then Uber shows every product at our price, under its SKU, the sold-out one off', async () => {
    const res = await call(
      'POST',
      `${adapter.url}/v1/locations/${menu.locationId}/marketplaces/uber-eats/menu`,
      undefined,
      manager,
    );

    expect(res.status).toBe(202);
    const shown = await waitUntil(
      () => {
        const items = sim.menu('uber-eats', stores['uber-eats']);
        return items.length > 0 && items;
      },
      { what: 'the menu at Uber' },
    );
    const schnitzel = shown.find((i) => i.sku === 'SCHNITZEL');
    expect(schnitzel).toMatchObject({
      name: menu.products[0]!.name,
      priceMinor: menu.products[0]!.priceMinor,
      available: true,
    });
    expect(shown.find((i) => i.sku === menu.products[2]!.id)).toMatchObject({
      priceMinor: menu.products[2]!.priceMinor,
    });
    expect(shown.find((i) => i.sku === menu.soldOut.id)).toMatchObject({ available: false });
    // With its choices, each under its SKU at its price.
    expect(schnitzel!.options).toEqual(
      menu.withModifiers.options.map((o) => ({
        sku: o.id,
        name: o.name,
        priceMinor: o.priceDeltaMinor,
        available: true,
      })),
    );
    // Published under its own id, a product is mapped: orders for it come back ours.
    const [mapped] = await adapter.app.platform.db.query<{ product_id: string }>(
      'SELECT product_id FROM sku_mappings WHERE location_id = $1 AND sku = $2',
      [menu.locationId, menu.products[2]!.id],
    );
    expect(mapped!.product_id).toBe(menu.products[2]!.id);
  });

  it('when the kitchen 86es a product and sells it again, then all three marketplaces show it off, then on', async () => {
    const product = menu.products[1]!;
    const itemOn = (m: Marketplace) =>
      sim.menu(m, stores[m]).find((i) => i.sku === product.id)?.available;
    const snoozed = await call(
      'POST',
      `${orders.url}/v1/locations/${menu.locationId}/menu-items/${product.id}/snooze`,
      { until: new Date(Date.now() + 3_600_000).toISOString() },
      manager,
    );
    expect(snoozed.status).toBe(200);
    await waitUntil(
      () => (['uber-eats', 'wolt', 'deliveroo'] as const).every((m) => itemOn(m) === false),
      {
        what: 'the item off everywhere',
      },
    );

    await call(
      'DELETE',
      `${orders.url}/v1/locations/${menu.locationId}/menu-items/${product.id}/snooze`,
      undefined,
      manager,
    );

    await waitUntil(
      () => (['uber-eats', 'wolt', 'deliveroo'] as const).every((m) => itemOn(m) === true),
      {
        what: 'the item on again everywhere',
      },
    );
    for (const m of ['uber-eats', 'wolt', 'deliveroo'] as const) {
      const schnitzel = sim.menu(m, stores[m]).find((i) => i.sku === 'SCHNITZEL');
      expect(schnitzel?.options.map((o) => [o.sku, o.priceMinor])).toEqual(
        menu.withModifiers.options.map((o) => [o.id, o.priceDeltaMinor]),
      );
    }
  });

  it('when an 86 runs out by itself, then the marketplaces show the item again at its end', async () => {
    const product = menu.products[3]!;
    const itemOn = (m: Marketplace) =>
      sim.menu(m, stores[m]).find((i) => i.sku === product.id)?.available;
    const until = new Date(Date.now() + 2_000).toISOString();

    await call(
      'POST',
      `${orders.url}/v1/locations/${menu.locationId}/menu-items/${product.id}/snooze`,
      { until },
      manager,
    );

    await waitUntil(() => itemOn('wolt') === false, { what: 'the item off' });
    await waitUntil(
      () => (['uber-eats', 'wolt', 'deliveroo'] as const).every((m) => itemOn(m) === true),
      { what: 'the item on again at its end', timeoutMs: 15_000 },
    );
    expect(Date.now()).toBeGreaterThanOrEqual(Date.parse(until));
  });

  it('when Wolt shows another price, then the drift is reported, and nothing when prices agree', async () => {
    await waitUntil(() => sim.menu('wolt', stores.wolt).length > 0, { what: 'the Wolt menu' });
    const agree = await call(
      'GET',
      `${adapter.url}/v1/locations/${menu.locationId}/marketplaces/wolt/price-drift`,
      undefined,
      manager,
    );
    sim.setMenuPrice('wolt', stores.wolt, 'SCHNITZEL', 1590);

    const drift = await call(
      'GET',
      `${adapter.url}/v1/locations/${menu.locationId}/marketplaces/wolt/price-drift`,
      undefined,
      manager,
    );

    expect(agree.body.items).toEqual([]);
    expect(drift.body.items).toEqual([
      {
        sku: 'SCHNITZEL',
        productId: menu.products[0]!.id,
        name: menu.products[0]!.name,
        ourPriceMinor: menu.products[0]!.priceMinor,
        marketplacePriceMinor: 1590,
      },
    ]);
  });
});
