import express, { type Request, type Response, type Router } from 'express';
import type { Marketplace, RecordedCall, SimOrder } from './marketplace';
import { uberOrder, woltOrder } from './render';

/** A published menu item as a marketplace keeps it: SKU, name, price, whether it is on sale. */
export interface SimMenuItem {
  sku: string;
  name: string;
  priceMinor: number;
  available: boolean;
  /** Its modifier options, flattened over its groups. */
  options: Array<{ sku: string; name: string; priceMinor: number; available: boolean }>;
}

export interface ApiDeps {
  orders: Map<string, SimOrder>;
  /** Published menus by `<marketplace>:<store>`, as the marketplace shows them (drift included). */
  menus: Map<string, SimMenuItem[]>;
  calls: RecordedCall[];
  credentials: Record<Marketplace, string>;
  /** Answers 503 while a marketplace's count of failures (for this path) lasts. */
  takeFault(marketplace: Marketplace, path: string): boolean;
}

/**
 * The parts of each marketplace's API the adapter calls: the order fetch and the status,
 * menu and store calls, under `/uber-eats`, `/wolt` and `/deliveroo`. Every call is recorded
 * with its status; a wrong credential answers 401, an unknown order 404.
 */
export function apiRoutes(deps: ApiDeps): Router {
  const router = express.Router();
  router.use(express.json({ limit: '1mb' }));

  const handle =
    (
      marketplace: Marketplace,
      credentialOf: (req: Request) => string | undefined,
      answer: (req: Request, order: SimOrder | undefined) => [number, unknown],
    ) =>
    (req: Request, res: Response) => {
      const record = (status: number, body: unknown) => {
        deps.calls.push({
          marketplace,
          method: req.method,
          path: req.path,
          body: req.body ?? null,
          status,
          at: new Date().toISOString(),
        });
        res.status(status).json(body);
      };
      if (credentialOf(req) !== deps.credentials[marketplace])
        return record(401, { message: 'unauthorized' });
      if (deps.takeFault(marketplace, req.path))
        return record(503, { message: 'service unavailable' });
      const id = req.params.orderId ? String(req.params.orderId) : undefined;
      const order = id ? deps.orders.get(`${marketplace}:${id}`) : undefined;
      if (id && !order) return record(404, { message: 'order not found' });
      const [status, body] = answer(req, order);
      record(status, body);
    };
  const bearer = (req: Request) => /^Bearer (.+)$/.exec(req.get('authorization') ?? '')?.[1];
  const moveTo = (status: string) => (_req: Request, order: SimOrder | undefined) => {
    if (order) order.status = status;
    return [200, {}] as [number, unknown];
  };

  // Uber Eats: the order, and accept / deny / cancel.
  const uber = (a: Parameters<typeof handle>[2]) => handle('uber-eats', bearer, a);
  router.get(
    '/uber-eats/v1/eats/orders/:orderId',
    uber((_r, o) => [200, uberOrder(o!)]),
  );
  router.post('/uber-eats/v1/eats/orders/:orderId/accept_pos_order', uber(moveTo('ACCEPTED')));
  router.post('/uber-eats/v1/eats/orders/:orderId/deny_pos_order', uber(moveTo('DENIED')));
  router.post('/uber-eats/v1/eats/orders/:orderId/cancel', uber(moveTo('CANCELED')));
  router.post('/uber-eats/v1/eats/orders/:orderId/ready', uber(moveTo('READY')));
  router.put(
    '/uber-eats/v2/eats/stores/:storeId/menus',
    uber((req) => {
      const body = req.body as {
        items?: Array<{
          external_data?: string;
          title?: { translations?: { de?: string } };
          price_info?: { price?: number };
          suspension_info?: { suspension?: unknown } | null;
          modifier_groups?: Array<{
            modifier_options?: Array<{
              external_data?: string;
              title?: { translations?: { de?: string } };
              price_info?: { price?: number };
              suspended?: boolean;
            }>;
          }>;
        }>;
      };
      deps.menus.set(
        `uber-eats:${req.params.storeId}`,
        (body.items ?? []).map((i) => ({
          sku: String(i.external_data),
          name: String(i.title?.translations?.de ?? ''),
          priceMinor: Number(i.price_info?.price ?? 0),
          available: !i.suspension_info?.suspension,
          options: (i.modifier_groups ?? []).flatMap((g) =>
            (g.modifier_options ?? []).map((o) => ({
              sku: String(o.external_data),
              name: String(o.title?.translations?.de ?? ''),
              priceMinor: Number(o.price_info?.price ?? 0),
              available: !o.suspended,
            })),
          ),
        })),
      );
      return [204, null];
    }),
  );
  router.get(
    '/uber-eats/v2/eats/stores/:storeId/menus',
    uber((req) => [
      200,
      {
        items: (deps.menus.get(`uber-eats:${req.params.storeId}`) ?? []).map((i) => ({
          external_data: i.sku,
          title: { translations: { de: i.name } },
          price_info: { price: i.priceMinor },
        })),
      },
    ]),
  );
  router.post(
    '/uber-eats/v1/eats/stores/:storeId/status',
    uber(() => [200, {}]),
  );

  // Wolt: the order (WOLT-API-KEY), and accept / reject / ready / delivered.
  const wolt = (a: Parameters<typeof handle>[2]) =>
    handle('wolt', (req) => req.get('wolt-api-key'), a);
  router.get(
    '/wolt/orders/:orderId',
    wolt((_r, o) => [200, woltOrder(o!)]),
  );
  router.put('/wolt/orders/:orderId/accept', wolt(moveTo('production')));
  router.put('/wolt/orders/:orderId/reject', wolt(moveTo('rejected')));
  router.put('/wolt/orders/:orderId/ready', wolt(moveTo('ready')));
  router.put('/wolt/orders/:orderId/delivered', wolt(moveTo('delivered')));
  router.patch(
    '/wolt/venues/:storeId/items',
    wolt((req) => {
      const body = req.body as {
        data?: Array<{
          sku?: string;
          name?: string;
          price?: number;
          enabled?: boolean;
          options?: Array<{
            values?: Array<{ sku?: string; name?: string; price?: number; enabled?: boolean }>;
          }>;
        }>;
      };
      deps.menus.set(
        `wolt:${req.params.storeId}`,
        (body.data ?? []).map((i) => ({
          sku: String(i.sku),
          name: String(i.name ?? ''),
          priceMinor: Number(i.price ?? 0),
          available: i.enabled !== false,
          options: (i.options ?? []).flatMap((g) =>
            (g.values ?? []).map((o) => ({
              sku: String(o.sku),
              name: String(o.name ?? ''),
              priceMinor: Number(o.price ?? 0),
              available: o.enabled !== false,
            })),
          ),
        })),
      );
      return [202, {}];
    }),
  );
  router.get(
    '/wolt/venues/:storeId/menu',
    wolt((req) => [
      200,
      {
        data: (deps.menus.get(`wolt:${req.params.storeId}`) ?? []).map((i) => ({
          sku: i.sku,
          name: i.name,
          price: i.priceMinor,
          enabled: i.available,
        })),
      },
    ]),
  );
  router.patch(
    '/wolt/venues/:storeId/online',
    wolt(() => [202, {}]),
  );
  router.patch(
    '/wolt/venues/:storeId/preparation-time',
    wolt(() => [202, {}]),
  );

  // Deliveroo: PATCH the order's status, sync_status, prep_stage.
  const roo = (a: Parameters<typeof handle>[2]) => handle('deliveroo', bearer, a);
  router.patch(
    '/deliveroo/order/v1/orders/:orderId',
    roo((req, o) => moveTo(String((req.body as { status?: string }).status))(req, o)),
  );
  router.post(
    '/deliveroo/order/v1/orders/:orderId/sync_status',
    roo(() => [200, {}]),
  );
  router.post(
    '/deliveroo/order/v1/orders/:orderId/prep_stage',
    roo((req, o) => moveTo(String((req.body as { stage?: string }).stage))(req, o)),
  );
  router.put(
    '/deliveroo/menu/v1/brands/:brandId/menus/:menuId',
    roo((req) => {
      const body = req.body as {
        menu?: {
          items?: Array<{
            id?: string;
            name?: { de?: string };
            price_info?: { price?: number };
            is_available?: boolean;
            modifiers?: Array<{
              items?: Array<{
                id?: string;
                name?: { de?: string };
                price_info?: { price?: number };
                is_available?: boolean;
              }>;
            }>;
          }>;
        };
      };
      deps.menus.set(
        `deliveroo:${req.params.menuId}`,
        (body.menu?.items ?? []).map((i) => ({
          sku: String(i.id),
          name: String(i.name?.de ?? ''),
          priceMinor: Number(i.price_info?.price ?? 0),
          available: i.is_available !== false,
          options: (i.modifiers ?? []).flatMap((g) =>
            (g.items ?? []).map((o) => ({
              sku: String(o.id),
              name: String(o.name?.de ?? ''),
              priceMinor: Number(o.price_info?.price ?? 0),
              available: o.is_available !== false,
            })),
          ),
        })),
      );
      return [200, {}];
    }),
  );
  router.get(
    '/deliveroo/menu/v1/brands/:brandId/menus/:menuId',
    roo((req) => [
      200,
      {
        menu: {
          items: (deps.menus.get(`deliveroo:${req.params.menuId}`) ?? []).map((i) => ({
            id: i.sku,
            name: { de: i.name },
            price_info: { price: i.priceMinor },
          })),
        },
      },
    ]),
  );
  router.put(
    '/deliveroo/site/v1/locations/:storeId/status',
    roo(() => [200, {}]),
  );
  return router;
}
