import { writeFileSync } from 'node:fs';
import { env, loadConfig } from '@brigade/core';
import { z } from 'zod';
import { startMollieSimulator } from './simulator';

const config = loadConfig(
  z.object({
    PORT: env.port(4001),
    /** Where to write the certificate it serves, for whoever wants to pin it. */
    MOLLIE_SIM_CA_FILE: z.string().optional(),
  }),
);

/** The simulator as a process (`npm start` runs it); controls under `/_sim/`. */
async function main(): Promise<void> {
  const sim = await startMollieSimulator({ port: config.PORT });
  if (config.MOLLIE_SIM_CA_FILE) writeFileSync(config.MOLLIE_SIM_CA_FILE, sim.caPem);
  console.log(JSON.stringify({ level: 30, msg: 'mollie simulator listening', origin: sim.origin }));
  const stop = () => void sim.stop().then(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((err: unknown) => {
  console.error(`mollie simulator failed: ${(err as Error).message}`);
  process.exit(1);
});
