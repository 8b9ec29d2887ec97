import { env, loadConfig } from '@brigade/core';
import { z } from 'zod';
import { startMarketplaceSimulator } from './simulator';

const config = loadConfig(
  z.object({
    PORT: env.port(4003),
    /** Where delivery-adapter takes webhooks (`…/v1/webhooks/<marketplace>` is added). */
    WEBHOOK_BASE_URL: z.string().default('http://127.0.0.1:3005'),
  }),
);

/** The simulator as a process (`npm start` runs it); controls under `/_sim/`. */
async function main(): Promise<void> {
  const base = config.WEBHOOK_BASE_URL;
  const sim = await startMarketplaceSimulator({
    port: config.PORT,
    webhookUrls: {
      'uber-eats': `${base}/v1/webhooks/uber-eats`,
      wolt: `${base}/v1/webhooks/wolt`,
      deliveroo: `${base}/v1/webhooks/deliveroo`,
    },
  });
  console.log(JSON.stringify({ level: 30, msg: 'marketplace simulator listening', url: sim.url }));
  const stop = () => void sim.stop().then(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((err: unknown) => {
  console.error(`marketplace simulator failed: ${(err as Error).message}`);
  process.exit(1);
});
