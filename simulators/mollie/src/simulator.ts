import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { generate } from 'selfsigned';
import { apiRoutes, type SimRequest } from './api-routes';
import { checkoutPage } from './checkout-page';
import { controlRoutes } from './control-routes';
import { Faults } from './faults';
import type { PaymentStatus, SimPayment } from './mollie-objects';
import { Store } from './store';
import { WebhookSender, type WebhookAttempt, type WebhookMode } from './webhooks';

export interface MollieSimulator {
  /** `https://127.0.0.1:<port>/v2/`: give it to the client as `apiEndpoint`. */
  apiEndpoint: string;
  origin: string;
  /** The self-signed certificate it serves. */
  caPem: string;
  /** A valid test key. */
  apiKey: string;
  payments(): SimPayment[];
  requests(): SimRequest[];
  failNext(count: number, opts?: { status?: number; method?: string; path?: RegExp }): void;
  webhooks: {
    mode(mode: WebhookMode): void;
    release(order?: 'sent' | 'reverse'): Promise<void>;
    delivered(): WebhookAttempt[];
  };
  /** As if the guest or the bank moved the payment; sends its webhook unless told not to. */
  setStatus(
    paymentId: string,
    status: Exclude<PaymentStatus, 'open'>,
    opts?: { webhook?: boolean },
  ): Promise<void>;
  sendWebhook(paymentId: string): Promise<void>;
  settleRefunds(): void;
  reset(): void;
  stop(): Promise<void>;
}

export interface SimulatorOptions {
  port?: number;
  host?: string;
  /** Retry schedule of a webhook the receiver did not take (Mollie: 10 tries in 26 h). */
  webhookRetryDelaysMs?: number[];
}

/** Starts the Mollie simulator on HTTPS with a certificate made for it at start. */
export async function startMollieSimulator(
  options: SimulatorOptions = {},
): Promise<MollieSimulator> {
  const host = options.host ?? '127.0.0.1';
  const pems = await generate([{ name: 'commonName', value: host }], {
    keyType: 'ec',
    curve: 'P-256',
    notAfterDate: new Date(Date.now() + 30 * 24 * 3600_000),
    extensions: [
      {
        name: 'subjectAltName',
        altNames: [
          { type: 7, ip: '127.0.0.1' },
          { type: 2, value: 'localhost' },
        ],
      },
    ],
  });
  const store = new Store();
  const faults = new Faults();
  const webhooks = new WebhookSender(
    options.webhookRetryDelaysMs ?? [
      1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 64_000, 128_000, 256_000,
    ],
  );
  const requests: SimRequest[] = [];
  let origin = '';

  const moveTo = async (payment: SimPayment, status: PaymentStatus, webhook = true) => {
    if (store.setStatus(payment, status) && webhook)
      await webhooks.send(payment.id, payment.webhookUrl);
  };
  const app = express();
  app.disable('x-powered-by');
  app.use(
    '/v2',
    apiRoutes({ store, faults, webhooks, requests, origin: () => origin, apiKey: '' }),
  );
  app.use(checkoutPage(store.payments, (p, status) => moveTo(p, status)));
  app.use(controlRoutes(() => sim));
  app.get('/readyz', (_req, res) => res.json({ status: 'ready' }));

  const server = createServer({ key: pems.private, cert: pems.cert }, app);
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, host, resolve));
  origin = `https://${host}:${(server.address() as AddressInfo).port}`;

  const find = (id: string) => {
    const payment = store.payments.get(id);
    if (!payment) throw new Error(`no payment ${id}`);
    return payment;
  };
  const sim: MollieSimulator = {
    apiEndpoint: `${origin}/v2/`,
    origin,
    caPem: pems.cert,
    apiKey: 'test_brigadesimulator000000000000',
    payments: () => [...store.payments.values()].map((p) => ({ ...p, refunds: [...p.refunds] })),
    requests: () => [...requests],
    failNext: (count, opts = {}) => faults.add({ count, status: opts.status ?? 503, ...opts }),
    webhooks: {
      mode: (mode) => webhooks.setMode(mode),
      release: (order) => webhooks.release(order),
      delivered: () => webhooks.delivered(),
    },
    setStatus: (id, status, opts = {}) => moveTo(find(id), status, opts.webhook ?? true),
    sendWebhook: async (id) => {
      const payment = store.payments.get(id);
      await webhooks.send(id, payment?.webhookUrl ?? null);
    },
    settleRefunds: () => store.settleRefunds(),
    reset: () => {
      store.reset();
      faults.reset();
      webhooks.reset();
      requests.length = 0;
    },
    stop: async () => {
      webhooks.stop();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return sim;
}
