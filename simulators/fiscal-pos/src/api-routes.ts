import { randomBytes } from 'node:crypto';
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import type { Behaviour } from './behaviour';
import { orderView, type PosOrder, type PosOrders } from './pos-orders';

export interface SimRequest {
  method: string;
  path: string;
  status: number;
  at: string;
}

export interface ApiDeps {
  orders: PosOrders;
  behaviour: () => Behaviour;
  credentials: { login: string; password: string; companyId: string };
  requests: SimRequest[];
  /** Runs an accepted order through processing, with its callbacks. */
  process(order: PosOrder): void;
  /** Tokens it issued; cleared when the register "restarts". */
  tokens: Map<string, number>;
}

/** The register's API: `POST /login`, `POST /orders`, `GET /orders/:id`, `GET /orders?orderId=`. */
export function apiRoutes(deps: ApiDeps): Router {
  const router = express.Router();
  const { tokens } = deps;
  let calls = 0;

  router.use((req, res, next) => {
    const behaviour = deps.behaviour();
    calls += 1;
    res.on('finish', () =>
      deps.requests.push({
        method: req.method,
        path: req.path,
        status: res.statusCode,
        at: new Date().toISOString(),
      }),
    );
    if (behaviour.mode === 'offline') {
      deps.requests.push({
        method: req.method,
        path: req.path,
        status: 0,
        at: new Date().toISOString(),
      });
      req.socket.destroy();
      return;
    }
    const down = behaviour.mode === 'down' || (behaviour.mode === 'flapping' && calls % 2 === 0);
    if (down) {
      res.status(503).json({ message: 'Service Unavailable' });
      return;
    }
    next();
  });
  router.use(express.json({ limit: '1mb' }));
  const late = (res: Response, status: number, body: unknown) => {
    const { delayMs } = deps.behaviour();
    if (delayMs === 0) res.status(status).json(body);
    else setTimeout(() => res.status(status).json(body), delayMs).unref();
  };

  router.post('/login', (req, res) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const { login, password, companyId } = deps.credentials;
    if (body.login !== login || body.password !== password || body.companyId !== companyId) {
      res.status(401).json({ message: 'Invalid credentials' });
      return;
    }
    const ttl = deps.behaviour().tokenTtlMs;
    const accessToken = randomBytes(24).toString('base64url');
    tokens.set(accessToken, Date.now() + ttl);
    res.json({ accessToken, expiresIn: Math.floor(ttl / 1000) });
  });

  const authorized = (req: Request, res: Response, next: NextFunction) => {
    const token = /^Bearer (.+)$/.exec(req.get('authorization') ?? '')?.[1];
    const until = token ? tokens.get(token) : undefined;
    if (!until || until < Date.now()) {
      res.status(401).json({ message: 'Token expired or invalid' });
      return;
    }
    next();
  };

  router.post('/orders', authorized, (req, res) => {
    const behaviour = deps.behaviour();
    const body = (req.body ?? {}) as Record<string, unknown>;
    if (behaviour.mode === 'error5xx') {
      late(res, 500, { message: 'Internal Server Error' });
      return;
    }
    const invalid = validate(body);
    if (behaviour.mode === 'reject' || invalid) {
      late(res, 422, { message: invalid ?? 'Order rejected: unknown item code', field: 'items' });
      return;
    }
    const key = req.get('idempotency-key');
    const existing = key ? deps.orders.byOrderId(String(body.orderId)) : [];
    if (existing.length > 0 && !behaviour.duplicates) {
      late(res, 200, orderView(existing[0]!));
      return;
    }
    const order = deps.orders.create(body);
    deps.process(order);
    late(res, 201, orderView(order));
  });

  router.get('/orders/:id', authorized, (req, res) => {
    const order = deps.orders.get(String(req.params.id));
    if (!order) late(res, 404, { message: 'Order not found' });
    else late(res, 200, orderView(order));
  });

  router.get('/orders', authorized, (req, res) => {
    const orderId = typeof req.query.orderId === 'string' ? req.query.orderId : undefined;
    const found = orderId ? deps.orders.byOrderId(orderId) : deps.orders.all();
    late(res, 200, found.map(orderView));
  });
  return router;
}

/** What a real register refuses: no order id, no items, an item without name or price. */
function validate(body: Record<string, unknown>): string | undefined {
  if (typeof body.orderId !== 'string' || body.orderId.length === 0) return 'orderId is required';
  if (!Array.isArray(body.items) || body.items.length === 0) return 'items must not be empty';
  for (const item of body.items as Array<Record<string, unknown>>) {
    if (typeof item.name !== 'string' || typeof item.price !== 'number')
      return 'every item needs a name and a price';
  }
  return undefined;
}
