import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { apiRoutes, type SimRequest } from './api-routes';
import { defaultBehaviour, type Behaviour } from './behaviour';
import { callBack, type CallbackAttempt } from './callbacks';
import { controlRoutes } from './control-routes';
import { orderView, PosOrders, type PlatformStatus, type PosOrder } from './pos-orders';

export interface FiscalPosSimulator {
  url: string;
  credentials: { login: string; password: string; companyId: string };
  /** Changes how it behaves from now on (unset fields keep their value). */
  behave(change: Partial<Behaviour>): void;
  behaviour(): Behaviour;
  orders(): ReturnType<typeof orderView>[];
  /** Orders as pushed, with the body the platform sent. */
  pushed(): PosOrder[];
  requests(): SimRequest[];
  callbacks(): CallbackAttempt[];
  /** As if the register restarted: every token it gave out is void. */
  revokeTokens(): void;
  /** As if staff at the register moved the order (cancelled it, say). */
  setStatus(posOrderId: string, status: PlatformStatus): Promise<void>;
  reset(): void;
  stop(): Promise<void>;
}

export interface FiscalPosOptions {
  port?: number;
  host?: string;
  credentials?: { login: string; password: string; companyId: string };
  behaviour?: Partial<Behaviour>;
}

export const SIMULATOR_CREDENTIALS = {
  login: 'brigade',
  password: 'brigade-sim-password',
  companyId: '00000000-0000-4000-8000-00000000b1de',
};

/** Starts the fiscal POS simulator over HTTP. */
export async function startFiscalPosSimulator(
  options: FiscalPosOptions = {},
): Promise<FiscalPosSimulator> {
  const credentials = options.credentials ?? SIMULATOR_CREDENTIALS;
  const orders = new PosOrders();
  let behaviour: Behaviour = { ...defaultBehaviour(), ...options.behaviour };
  const requests: SimRequest[] = [];
  const callbacks: CallbackAttempt[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const tokens = new Map<string, number>();
  const later = (ms: number, fn: () => void) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      fn();
    }, ms);
    timers.add(timer);
  };
  const move = async (order: PosOrder, status: PlatformStatus) => {
    orders.move(order, status);
    await callBack(order, behaviour.loseCallbacks, callbacks);
  };
  const runThrough = (order: PosOrder) => {
    const { processMs, failProcessing } = behaviour;
    later(processMs / 2, () => {
      void move(order, 'processing').then(() =>
        later(
          processMs / 2,
          () => void move(order, failProcessing ? 'processing_error' : 'processed'),
        ),
      );
    });
  };

  const app = express();
  app.disable('x-powered-by');
  app.get('/readyz', (_req, res) => res.json({ status: 'ready' }));
  app.use(controlRoutes(() => sim));
  app.use(
    apiRoutes({
      orders,
      behaviour: () => behaviour,
      credentials,
      requests,
      process: runThrough,
      tokens,
    }),
  );
  const server = createServer(app);
  await new Promise<void>((resolve) =>
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve),
  );
  const url = `http://${options.host ?? '127.0.0.1'}:${(server.address() as AddressInfo).port}`;

  const sim: FiscalPosSimulator = {
    url,
    credentials,
    behave: (change) => {
      behaviour = { ...behaviour, ...change };
    },
    behaviour: () => ({ ...behaviour }),
    orders: () => orders.all().map(orderView),
    pushed: () => orders.all(),
    requests: () => [...requests],
    callbacks: () => [...callbacks],
    revokeTokens: () => tokens.clear(),
    setStatus: async (id, status) => {
      const order = orders.get(id);
      if (!order) throw new Error(`no order ${id}`);
      await move(order, status);
    },
    reset: () => {
      orders.reset();
      requests.length = 0;
      callbacks.length = 0;
      behaviour = defaultBehaviour();
    },
    stop: async () => {
      for (const timer of timers) clearTimeout(timer);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return sim;
}
