import type { Marketplace, MarketplaceSimulator } from '../../simulators/marketplaces/src';

export const MARKETPLACES: Marketplace[] = ['uber-eats', 'wolt', 'deliveroo'];

/** delivery-adapter's variables pointing at the simulator's three marketplaces. */
export const marketplaceApis = (sim: MarketplaceSimulator) => ({
  UBER_EATS_API_URL: `${sim.url}/uber-eats`,
  WOLT_API_URL: `${sim.url}/wolt`,
  DELIVEROO_API_URL: `${sim.url}/deliveroo`,
});

/** Each marketplace's webhooks to the adapter at `adapterUrl`. */
export function pointWebhooks(sim: MarketplaceSimulator, adapterUrl: string): void {
  for (const m of MARKETPLACES) sim.setWebhookUrl(m, `${adapterUrl}/v1/webhooks/${m}`);
}
