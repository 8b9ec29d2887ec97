import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { apiRoutes, type SimMenuItem } from './api-routes';
import { controlRoutes } from './control-routes';
import type { Marketplace, RecordedCall, SimItem, SimOrder } from './marketplace';
import { cancellation, deliverooNewOrder, uberNotification, woltNotification } from './render';
import { WebhookSender, type Delivery, type Signing } from './webhooks';

export interface PlaceOptions {
  storeId: string;
  items: SimItem[];
  customerName?: string;
  /** How the webhook is signed, and how many copies go at once. */
  signing?: Signing;
  copies?: number;
}

export interface MarketplaceSimulator {
  url: string;
  /** The webhook secrets (the adapter's config). */
  secrets: Record<Marketplace, string>;
  /** The API credentials the adapter must present. */
  credentials: Record<Marketplace, string>;
  /** Where each marketplace sends its webhooks. */
  setWebhookUrl(marketplace: Marketplace, url: string): void;
  /** A guest orders: the order is stored and its webhook sent; resolves with both. */
  placeOrder(
    marketplace: Marketplace,
    options: PlaceOptions,
  ): Promise<{ order: SimOrder; deliveries: Delivery[] }>;
  replay(delivery: Delivery): Promise<Delivery>;
  /** A new notification (new event id) for an order already announced, as a marketplace retrying. */
  announceAgain(marketplace: Marketplace, id: string): Promise<Delivery[]>;
  /** The marketplace cancels the order and sends its webhook. */
  cancelOrder(marketplace: Marketplace, id: string): Promise<Delivery[]>;
  order(marketplace: Marketplace, id: string): SimOrder | undefined;
  deliveries(): Delivery[];
  calls(marketplace?: Marketplace): RecordedCall[];
  /** The menu the marketplace shows for a store, as last published (prices as it shows them). */
  menu(marketplace: Marketplace, storeId: string): SimMenuItem[];
  /** The marketplace shows another price for an item (price drift). */
  setMenuPrice(marketplace: Marketplace, storeId: string, sku: string, priceMinor: number): void;
  /** The next `count` API calls to the marketplace (whose path matches) answer 503. */
  failNext(marketplace: Marketplace, count: number, path?: RegExp): void;
  reset(): void;
  stop(): Promise<void>;
}

export const SIMULATOR_SECRETS: Record<Marketplace, string> = {
  'uber-eats': 'uber-sim-client-secret',
  wolt: 'wolt-sim-webhook-secret',
  deliveroo: 'deliveroo-sim-webhook-secret',
};
export const SIMULATOR_CREDENTIALS: Record<Marketplace, string> = {
  'uber-eats': 'uber-sim-access-token',
  wolt: 'wolt-sim-api-key',
  deliveroo: 'deliveroo-sim-access-token',
};

/** Uber Eats, Wolt and Deliveroo in one HTTP server (`npm start`: port 4003). */
export async function startMarketplaceSimulator(
  options: {
    port?: number;
    host?: string;
    webhookUrls?: Partial<Record<Marketplace, string>>;
  } = {},
): Promise<MarketplaceSimulator> {
  const orders = new Map<string, SimOrder>();
  const calls: RecordedCall[] = [];
  const menus = new Map<string, SimMenuItem[]>();
  const faults = new Map<Marketplace, { count: number; path?: RegExp }>();
  const targets: Partial<Record<Marketplace, string>> = { ...options.webhookUrls };
  const sender = new WebhookSender(SIMULATOR_SECRETS, () => targets);
  let counter = 1000;
  const announcement = (order: SimOrder) =>
    order.marketplace === 'uber-eats'
      ? uberNotification(order, url)
      : order.marketplace === 'wolt'
        ? woltNotification(order, url)
        : deliverooNewOrder(order);

  const app = express();
  app.disable('x-powered-by');
  app.get('/readyz', (_req, res) => res.json({ status: 'ready' }));
  app.use(controlRoutes(() => sim));
  app.use(
    apiRoutes({
      orders,
      menus,
      calls,
      credentials: SIMULATOR_CREDENTIALS,
      takeFault: (m, path) => {
        const fault = faults.get(m);
        if (!fault || fault.count <= 0 || (fault.path && !fault.path.test(path))) return false;
        fault.count -= 1;
        return true;
      },
    }),
  );
  const server = createServer(app);
  await new Promise<void>((resolve) =>
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve),
  );
  const url = `http://${options.host ?? '127.0.0.1'}:${(server.address() as AddressInfo).port}`;

  const sim: MarketplaceSimulator = {
    url,
    secrets: SIMULATOR_SECRETS,
    credentials: SIMULATOR_CREDENTIALS,
    setWebhookUrl: (m, to) => {
      targets[m] = to;
    },
    async placeOrder(marketplace, o) {
      counter += 1;
      const order: SimOrder = {
        marketplace,
        id: randomUUID(),
        displayId: `${marketplace.slice(0, 1).toUpperCase()}${counter}`,
        storeId: o.storeId,
        items: o.items,
        customerName: o.customerName ?? 'Alex',
        totalMinor: o.items.reduce(
          (sum, i) =>
            sum +
            i.quantity *
              (i.unitPriceMinor + (i.modifiers ?? []).reduce((s, m) => s + (m.priceMinor ?? 0), 0)),
          0,
        ),
        placedAt: new Date().toISOString(),
        status: 'CREATED',
      };
      orders.set(`${marketplace}:${order.id}`, order);
      const deliveries = await sender.send(marketplace, announcement(order), o.signing, o.copies);
      return { order, deliveries };
    },
    replay: (d) => sender.replay(d),
    announceAgain: async (m, id) => {
      const order = orders.get(`${m}:${id}`);
      if (!order) throw new Error(`no ${m} order ${id}`);
      return sender.send(m, announcement(order));
    },
    cancelOrder: async (m, id) => {
      const order = orders.get(`${m}:${id}`);
      if (!order) throw new Error(`no ${m} order ${id}`);
      order.status = 'CANCELED';
      return sender.send(m, cancellation(order, url));
    },
    order: (m, id) => orders.get(`${m}:${id}`),
    deliveries: () => [...sender.deliveries],
    calls: (m) => calls.filter((c) => !m || c.marketplace === m),
    menu: (m, storeId) => [...(menus.get(`${m}:${storeId}`) ?? [])],
    setMenuPrice: (m, storeId, sku, priceMinor) => {
      const item = menus.get(`${m}:${storeId}`)?.find((i) => i.sku === sku);
      if (!item) throw new Error(`no ${sku} on the ${m} menu of ${storeId}`);
      item.priceMinor = priceMinor;
    },
    failNext: (m, count, path) => faults.set(m, { count, path }),
    reset: () => {
      orders.clear();
      menus.clear();
      calls.length = 0;
      faults.clear();
      sender.deliveries.length = 0;
    },
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return sim;
}
