import { env, loadConfig } from '@brigade/core';
import { z } from 'zod';
import { startFiscalPosSimulator } from './simulator';

const config = loadConfig(z.object({ PORT: env.port(4002) }));

/** The simulator as a process (`npm start` runs it); controls under `/_sim/`. */
async function main(): Promise<void> {
  const sim = await startFiscalPosSimulator({ port: config.PORT, behaviour: { processMs: 2_000 } });
  console.log(JSON.stringify({ level: 30, msg: 'fiscal POS simulator listening', url: sim.url }));
  const stop = () => void sim.stop().then(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((err: unknown) => {
  console.error(`fiscal POS simulator failed: ${(err as Error).message}`);
  process.exit(1);
});
