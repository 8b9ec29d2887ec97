import { TestEnv, waitUntil } from '../../libs/testing/src';
import {
  startMarketplaceSimulator,
  type Delivery,
  type Marketplace,
  type MarketplaceSimulator,
  type SimOrder,
} from '../../simulators/marketplaces/src';
import { aMenu, asStaff, type TestMenu } from '../support/builders';
import { call } from '../support/http-client';
import { marketplaceApis, pointWebhooks } from '../support/marketplaces';
import { startApp, type StartedApp } from '../support/stack';

const GENUINE = 890;
const REPLAYS = 50;
const REANNOUNCED = 50;
const FORGED = 10;
const MARKETPLACES: Marketplace[] = ['uber-eats', 'wolt', 'deliveroo'];

/**
 * A thousand webhooks from the three marketplaces, sent twenty at a time: 890 genuine
 * orders, 100 duplicates (50 replayed byte for byte, 50 announced again under a new event
 * id) and 10 forgeries. Exactly the 890 genuine orders become orders of ours, each once, and
 * each marketplace hears each accepted once.
 */
describe('a thousand marketplace webhooks with duplicates and forgeries', () => {
  const env = new TestEnv();
  let orders: StartedApp<'orders'>;
  let adapter: StartedApp<'delivery-adapter'>;
  let sim: MarketplaceSimulator;
  let menu: TestMenu;

  beforeAll(async () => {
    sim = await startMarketplaceSimulator();
    orders = await startApp(env, 'orders');
    adapter = await startApp(env, 'delivery-adapter', {
      ORDERS_URL: orders.url,
      ...marketplaceApis(sim),
    });
    pointWebhooks(sim, adapter.url);
    menu = await aMenu(orders.app.platform.db);
    const manager = await asStaff(menu.tenantId, ['manager']);
    for (const m of MARKETPLACES) {
      await call(
        'PUT',
        `${adapter.url}/v1/locations/${menu.locationId}/marketplaces/${m}`,
        { storeId: `${m}-load` },
        manager,
      );
    }
    await call(
      'PUT',
      `${adapter.url}/v1/locations/${menu.locationId}/sku-mappings`,
      { mappings: [{ sku: 'BREZEL', productId: menu.products[4]!.id }] },
      manager,
    );
  });
  afterAll(async () => {
    await Promise.all([adapter.stop(), orders.stop()]);
    await sim.stop();
  });

  /** Runs the tasks `width` at a time. */
  async function inWaves<T>(tasks: Array<() => Promise<T>>, width: number): Promise<T[]> {
    const results: T[] = [];
    for (let i = 0; i < tasks.length; i += width)
      results.push(...(await Promise.all(tasks.slice(i, i + width).map((t) => t()))));
    return results;
  }

  it('when 1,000 webhooks come with 10 % duplicates and 1 % forgeries, then exactly the 890 genuine orders are taken, each once', async () => {
    const items = [{ sku: 'BREZEL', name: 'Brezel', quantity: 1, unitPriceMinor: 250 }];
    const placed = await inWaves(
      Array.from({ length: GENUINE }, (_, i) => () => {
        const marketplace = MARKETPLACES[i % 3]!;
        return sim.placeOrder(marketplace, { storeId: `${marketplace}-load`, items });
      }),
      20,
    );
    const genuine: SimOrder[] = placed.map((p) => p.order);
    const first: Delivery[] = placed.map((p) => p.deliveries[0]!);
    const duplicates = await inWaves(
      [
        ...Array.from({ length: REPLAYS }, (_, i) => () => sim.replay(first[i * 17]!)),
        ...Array.from({ length: REANNOUNCED }, (_, i) => async () => {
          const o = genuine[i * 13 + 5]!;
          return (await sim.announceAgain(o.marketplace, o.id))[0]!;
        }),
      ],
      20,
    );
    const forged = await inWaves(
      Array.from({ length: FORGED }, (_, i) => async () => {
        const marketplace = MARKETPLACES[i % 3]!;
        const p = await sim.placeOrder(marketplace, {
          storeId: `${marketplace}-load`,
          items,
          signing: 'forged',
        });
        return p.deliveries[0]!;
      }),
      20,
    );

    expect(first.every((d) => d.status === 200)).toBe(true);
    expect(duplicates.map((d) => d.status)).toEqual(Array(REPLAYS + REANNOUNCED).fill(200));
    expect(forged.map((d) => d.status)).toEqual(Array(FORGED).fill(401));
    const db = adapter.app.platform.db;
    await waitUntil(
      async () => {
        const [row] = await db.query<{ n: string }>(
          `SELECT count(*) AS n FROM marketplace_orders WHERE status = 'accepted'`,
        );
        return Number(row!.n) === GENUINE;
      },
      { what: 'every genuine order accepted', timeoutMs: 120_000, intervalMs: 250 },
    );
    const stored = await db.query<{ marketplace_order_id: string; internal_order_id: string }>(
      'SELECT marketplace_order_id, internal_order_id FROM marketplace_orders',
    );
    expect(stored).toHaveLength(GENUINE);
    expect(new Set(stored.map((s) => s.marketplace_order_id))).toEqual(
      new Set(genuine.map((g) => g.id)),
    );
    const [ours] = await orders.app.platform.db.query<{ n: string }>(
      `SELECT count(*) AS n FROM orders
        WHERE location_id = $1 AND channel = 'marketplace'`,
      [menu.locationId],
    );
    expect(Number(ours!.n)).toBe(GENUINE);
    expect(new Set(stored.map((s) => s.internal_order_id)).size).toBe(GENUINE);
    await waitUntil(
      () =>
        sim
          .calls()
          .filter((c) => c.method !== 'GET' && c.status === 200 && !c.path.endsWith('sync_status'))
          .length === GENUINE,
      { what: 'every marketplace told', timeoutMs: 60_000, intervalMs: 250 },
    );
    const told = sim
      .calls()
      .filter((c) => c.method !== 'GET' && !c.path.endsWith('sync_status'))
      .map((c) => c.path);
    expect(new Set(told).size).toBe(GENUINE);
  }, 240_000);
});
