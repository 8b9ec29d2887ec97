import { newId } from '../../../libs/contracts/src';
import { TestEnv } from '../../../libs/testing/src';
import {
  startMarketplaceSimulator,
  type Marketplace,
  type MarketplaceSimulator,
} from '../../../simulators/marketplaces/src';
import { asStaff } from '../../../test/support/builders';
import { call } from '../../../test/support/http-client';
import { startApp } from '../../../test/support/stack';

/** delivery-adapter in this test file's world, with the three marketplaces simulated. */
export async function startDeliveryWorld(env: TestEnv, overrides: Record<string, string> = {}) {
  const sim = await startMarketplaceSimulator();
  const app = await startApp(env, 'delivery-adapter', {
    UBER_EATS_API_URL: `${sim.url}/uber-eats`,
    WOLT_API_URL: `${sim.url}/wolt`,
    DELIVEROO_API_URL: `${sim.url}/deliveroo`,
    ...overrides,
  });
  for (const m of ['uber-eats', 'wolt', 'deliveroo'] as const)
    sim.setWebhookUrl(m, `${app.url}/v1/webhooks/${m}`);
  const place = { tenantId: newId(), locationId: newId() };
  const manager = await asStaff(place.tenantId, ['manager'], 'all');
  return {
    sim,
    app,
    place,
    manager,
    /** Makes `storeId` at the marketplace this world's location. */
    async connectStore(marketplace: Marketplace, storeId: string) {
      const res = await call(
        'PUT',
        `${app.url}/v1/locations/${place.locationId}/marketplaces/${marketplace}`,
        { storeId },
        manager,
      );
      if (res.status !== 200) throw new Error(`store: ${res.status} ${JSON.stringify(res.body)}`);
    },
    ordersOf: (marketplace: Marketplace) =>
      app.app.platform.db.query<{
        id: string;
        marketplace_order_id: string;
        status: string;
        order_data: { items: Array<{ sku: string; quantity: number }> } | null;
      }>('SELECT * FROM marketplace_orders WHERE marketplace = $1 ORDER BY received_at', [
        marketplace,
      ]),
    webhooksOf: (marketplace: Marketplace) =>
      app.app.platform.db.query('SELECT * FROM marketplace_webhooks WHERE marketplace = $1', [
        marketplace,
      ]),
    stop: async () => {
      await app.stop();
      await sim.stop();
    },
  };
}
export type DeliveryWorld = Awaited<ReturnType<typeof startDeliveryWorld>>;
export type { MarketplaceSimulator };
