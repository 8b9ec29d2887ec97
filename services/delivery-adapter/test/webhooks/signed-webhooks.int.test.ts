import { TestEnv, waitUntil } from '../../../../libs/testing/src';
import type { Marketplace } from '../../../../simulators/marketplaces/src';
import { startDeliveryWorld, type DeliveryWorld } from '../delivery-harness';

const ITEMS = [
  {
    sku: 'SCHNITZEL-WIENER',
    name: 'Wiener Schnitzel',
    quantity: 2,
    unitPriceMinor: 1890,
    modifiers: [{ sku: 'EXTRA-PREISELBEEREN', name: 'Preiselbeeren', priceMinor: 150 }],
  },
  { sku: 'HELLES-05', name: 'Helles 0,5 l', quantity: 1, unitPriceMinor: 490 },
];

/**
 * Each marketplace's webhooks with their real signature schemes: a genuine order is taken
 * once, however often it is replayed or repeated; a forged signature or a body changed by
 * one byte answers 401 and leaves nothing behind.
 */
describe.each<[Marketplace, string]>([
  ['uber-eats', 'uber-store-1'],
  ['wolt', 'wolt-venue-1'],
  ['deliveroo', 'roo-site-1'],
])('%s webhooks', (marketplace, storeId) => {
  const env = new TestEnv();
  let world: DeliveryWorld;

  beforeAll(async () => {
    world = await startDeliveryWorld(env);
    await world.connectStore(marketplace, storeId);
  });
  afterAll(() => world.stop());

  it('when a signed order comes, then it is taken with 200 and its items are stored', async () => {
    const { order, deliveries } = await world.sim.placeOrder(marketplace, {
      storeId,
      items: ITEMS,
    });

    expect(deliveries.map((d) => d.status)).toEqual([200]);
    // Acknowledged with an empty body, as Uber asks (and a repeat answered the same).
    const again = await fetch(deliveries[0]!.url, {
      method: 'POST',
      headers: deliveries[0]!.headers,
      body: deliveries[0]!.body,
    });
    expect([again.status, await again.text()]).toEqual([200, '']);
    const stored = await waitUntil(async () => {
      const [row] = (await world.ordersOf(marketplace)).filter(
        (o) => o.marketplace_order_id === order.id,
      );
      return row?.order_data ? row : undefined;
    });
    expect(stored.order_data!.items).toEqual([
      expect.objectContaining({
        sku: 'SCHNITZEL-WIENER',
        quantity: 2,
        modifiers: [expect.objectContaining({ sku: 'EXTRA-PREISELBEEREN' })],
      }),
      expect.objectContaining({ sku: 'HELLES-05', quantity: 1 }),
    ]);
  });

  it('when the same webhook is replayed five times and sent five times at once, then the order is still taken once', async () => {
    const { order, deliveries } = await world.sim.placeOrder(marketplace, {
      storeId,
      items: ITEMS,
      copies: 5,
    });
    const replays = await Promise.all(
      Array.from({ length: 5 }, () => world.sim.replay(deliveries[0]!)),
    );

    expect([...deliveries, ...replays].map((d) => d.status)).toEqual(Array(10).fill(200));
    const rows = (await world.ordersOf(marketplace)).filter(
      (o) => o.marketplace_order_id === order.id,
    );
    expect(rows).toHaveLength(1);
    await waitUntil(async () =>
      (await world.ordersOf(marketplace)).every((o) => o.order_data !== null),
    );
  });

  it.each(['forged', 'tampered'] as const)(
    'when the webhook is %s, then it answers 401 and nothing is stored',
    async (signing) => {
      const before = (await world.webhooksOf(marketplace)).length;
      const { order, deliveries } = await world.sim.placeOrder(marketplace, {
        storeId,
        items: ITEMS,
        signing,
      });

      expect(deliveries.map((d) => d.status)).toEqual([401]);
      expect((await world.webhooksOf(marketplace)).length).toBe(before);
      expect(
        (await world.ordersOf(marketplace)).filter((o) => o.marketplace_order_id === order.id),
      ).toHaveLength(0);
      expect(world.sim.calls(marketplace).filter((c) => c.path.includes(order.id))).toHaveLength(0);
    },
  );
});
