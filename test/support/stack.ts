import { loadConfig } from '../../libs/core/src';
import type { RunningService } from '../../libs/service/src';
import { TestEnv } from '../../libs/testing/src';
import { createBillingApp } from '../../services/billing/src/app';
import { billingConfig } from '../../services/billing/src/config';
import { createKitchenApp } from '../../services/kitchen/src/app';
import { kitchenConfig } from '../../services/kitchen/src/config';
import { createOrdersApp } from '../../services/orders/src/app';
import { ordersConfig } from '../../services/orders/src/config';
import { createDeliveryAdapterApp } from '../../services/delivery-adapter/src/app';
import { deliveryAdapterConfig } from '../../services/delivery-adapter/src/config';
import { createPosAdapterApp } from '../../services/pos-adapter/src/app';
import { posAdapterConfig } from '../../services/pos-adapter/src/config';
import { createConsoleApp } from '../../services/console/src/app';
import { consoleConfig } from '../../services/console/src/config';

const apps = {
  orders: (env: Record<string, string>) => createOrdersApp(loadConfig(ordersConfig, env)),
  kitchen: (env: Record<string, string>) => createKitchenApp(loadConfig(kitchenConfig, env)),
  billing: (env: Record<string, string>) => createBillingApp(loadConfig(billingConfig, env)),
  'pos-adapter': (env: Record<string, string>) =>
    createPosAdapterApp(loadConfig(posAdapterConfig, env)),
  'delivery-adapter': (env: Record<string, string>) =>
    createDeliveryAdapterApp(loadConfig(deliveryAdapterConfig, env)),
  console: (env: Record<string, string>) => createConsoleApp(loadConfig(consoleConfig, env)),
};
export type InProcessService = keyof typeof apps;

export interface StartedApp<K extends InProcessService> {
  app: ReturnType<(typeof apps)[K]>;
  running: RunningService;
  url: string;
  stop(): Promise<void>;
}

/** Starts one service inside the test process, on port 0, in the test file's private world. */
export async function startApp<K extends InProcessService>(
  env: TestEnv,
  service: K,
  overrides: Record<string, string> = {},
): Promise<StartedApp<K>> {
  const app = apps[service](await env.serviceEnv(service, overrides)) as ReturnType<
    (typeof apps)[K]
  >;
  const running = await app.start();
  const stop = async () => {
    const leftBehind = await running.stop();
    // Tests log at `fatal` only; a part that hung must still show in the run's output.
    if (leftBehind.length)
      process.stderr.write(`${service} left behind at stop: ${leftBehind.join(', ')}\n`);
  };
  return { app, running, url: `http://127.0.0.1:${running.port}`, stop };
}
