import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import type { Faults } from './faults';
import { errorJson, paymentJson, refundJson, type Amount, type SimPayment } from './mollie-objects';
import type { Store } from './store';
import type { WebhookSender } from './webhooks';

export interface SimRequest {
  method: string;
  path: string;
  idempotencyKey?: string;
  status: number;
}

interface ApiContext {
  store: Store;
  faults: Faults;
  webhooks: WebhookSender;
  requests: SimRequest[];
  origin: () => string;
  apiKey: string;
}

const API_KEY = /^Bearer (test|live)_\w{20,}$/;
const AMOUNT_VALUE = /^\d{1,9}\.\d{2}$/;

/** The Payments API v2 subset `@mollie/api-client` uses, with Mollie's idempotency rules. */
export function apiRoutes(ctx: ApiContext): Router {
  const router = express.Router();
  router.use(express.json({ type: () => true, limit: '50kb' }));
  router.use(record(ctx));
  router.use((req, res, next) => {
    if (!API_KEY.test(req.header('authorization') ?? '')) {
      return fail(
        res,
        401,
        'Unauthorized Request',
        'Missing authentication, or failed to authenticate',
      );
    }
    const status = ctx.faults.take(req.method, `/v2${req.path}`);
    if (status) {
      res.set('Retry-After', '1');
      return fail(res, status, 'Service Unavailable', 'The simulator fails this call on purpose');
    }
    next();
  });
  router.use(idempotent(ctx));

  router.post('/payments', (req, res) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const amount = amountField(body.amount);
    if (!amount) return fail(res, 422, 'Unprocessable Entity', 'The amount is invalid', 'amount');
    if (typeof body.description !== 'string' || body.description === '') {
      return fail(res, 422, 'Unprocessable Entity', 'The description is required', 'description');
    }
    if (typeof body.redirectUrl !== 'string') {
      return fail(res, 422, 'Unprocessable Entity', 'The redirect URL is required', 'redirectUrl');
    }
    const payment = ctx.store.createPayment({
      amount,
      description: body.description,
      redirectUrl: body.redirectUrl,
      webhookUrl: typeof body.webhookUrl === 'string' ? body.webhookUrl : null,
      metadata: (body.metadata as Record<string, unknown> | undefined) ?? null,
    });
    hal(res, 201, paymentJson(payment, ctx.origin()));
  });

  router.get('/payments', (req, res) => {
    const limit = Math.min(250, Math.max(1, Number(req.query.limit ?? 50) || 50));
    const all = [...ctx.store.payments.values()].reverse();
    const start = req.query.from ? all.findIndex((p) => p.id === req.query.from) : 0;
    const page = start < 0 ? [] : all.slice(start, start + limit);
    const next = start >= 0 ? all[start + limit] : undefined;
    const base = `${ctx.origin()}/v2/payments`;
    hal(res, 200, {
      count: page.length,
      _embedded: { payments: page.map((p) => paymentJson(p, ctx.origin())) },
      _links: {
        self: { href: `${base}?limit=${limit}`, type: 'application/hal+json' },
        previous: null,
        next: next
          ? { href: `${base}?from=${next.id}&limit=${limit}`, type: 'application/hal+json' }
          : null,
        documentation: {
          href: 'https://docs.mollie.com/reference/list-payments',
          type: 'text/html',
        },
      },
    });
  });

  router.get(
    '/payments/:id',
    withPayment(ctx, (p, _req, res) => hal(res, 200, paymentJson(p, ctx.origin()))),
  );

  router.delete(
    '/payments/:id',
    withPayment(ctx, (p, _req, res) => {
      if (p.status !== 'open') {
        return fail(res, 422, 'Unprocessable Entity', 'The payment cannot be canceled');
      }
      ctx.store.setStatus(p, 'canceled');
      void ctx.webhooks.send(p.id, p.webhookUrl);
      hal(res, 200, paymentJson(p, ctx.origin()));
    }),
  );

  router.post(
    '/payments/:id/refunds',
    withPayment(ctx, (p, req, res) => {
      const body = (req.body ?? {}) as Record<string, unknown>;
      const amount = amountField(body.amount);
      if (!amount) return fail(res, 422, 'Unprocessable Entity', 'The amount is invalid', 'amount');
      const refund = ctx.store.refund(p, {
        amount,
        description: typeof body.description === 'string' ? body.description : '',
        metadata: (body.metadata as Record<string, unknown> | undefined) ?? null,
      });
      if (typeof refund === 'string')
        return fail(res, 422, 'Unprocessable Entity', refund, 'amount');
      hal(res, 201, refundJson(refund, ctx.origin()));
    }),
  );

  router.get(
    '/payments/:id/refunds',
    withPayment(ctx, (p, _req, res) =>
      hal(res, 200, {
        count: p.refunds.length,
        _embedded: { refunds: p.refunds.map((r) => refundJson(r, ctx.origin())) },
        _links: {
          self: {
            href: `${ctx.origin()}/v2/payments/${p.id}/refunds`,
            type: 'application/hal+json',
          },
        },
      }),
    ),
  );

  router.get(
    '/payments/:id/refunds/:refundId',
    withPayment(ctx, (p, req, res) => {
      const refund = p.refunds.find((r) => r.id === req.params.refundId);
      if (!refund)
        return fail(res, 404, 'Not Found', `No refund exists with token ${req.params.refundId}.`);
      hal(res, 200, refundJson(refund, ctx.origin()));
    }),
  );

  router.use((_req: Request, res: Response) => fail(res, 404, 'Not Found', 'No such endpoint'));
  return router;
}

/**
 * Mollie's Idempotency-Key: a POST or DELETE repeated with a key already used replays the
 * first answer; the same key with a different body is refused. 5xx answers are not kept.
 */
function idempotent(ctx: ApiContext) {
  return (req: Request, res: Response, next: NextFunction) => {
    const key = req.header('idempotency-key');
    if (!key || (req.method !== 'POST' && req.method !== 'DELETE')) return next();
    const id = `${req.header('authorization')}:${key}`;
    const body = `${req.method} ${req.path} ${JSON.stringify(req.body ?? null)}`;
    const earlier = ctx.store.replies.get(id);
    if (earlier) {
      if (earlier.body !== body) {
        return fail(
          res,
          422,
          'Unprocessable Entity',
          'The idempotency key was used for another request',
        );
      }
      return hal(res, earlier.status, earlier.json);
    }
    const json = res.json.bind(res);
    res.json = (payload: unknown) => {
      if (res.statusCode < 500)
        ctx.store.replies.set(id, { body, status: res.statusCode, json: payload });
      return json(payload);
    };
    next();
  };
}

function record(ctx: ApiContext) {
  return (req: Request, res: Response, next: NextFunction) => {
    res.on('finish', () =>
      ctx.requests.push({
        method: req.method,
        path: `/v2${req.path}`,
        idempotencyKey: req.header('idempotency-key'),
        status: res.statusCode,
      }),
    );
    next();
  };
}

function withPayment(
  ctx: ApiContext,
  handle: (p: SimPayment, req: Request, res: Response) => void,
) {
  return (req: Request, res: Response) => {
    const payment = ctx.store.payments.get(String(req.params.id));
    if (!payment)
      return fail(res, 404, 'Not Found', `No payment exists with token ${String(req.params.id)}.`);
    handle(payment, req, res);
  };
}

function amountField(value: unknown): Amount | undefined {
  const a = value as Partial<Amount> | undefined;
  if (!a || typeof a.value !== 'string' || typeof a.currency !== 'string') return undefined;
  if (!AMOUNT_VALUE.test(a.value) || !/^[A-Z]{3}$/.test(a.currency) || Number(a.value) <= 0)
    return undefined;
  return { currency: a.currency, value: a.value };
}

function hal(res: Response, status: number, body: unknown): void {
  res.status(status).type('application/hal+json').json(body);
}

function fail(res: Response, status: number, title: string, detail: string, field?: string): void {
  hal(res, status, errorJson(status, title, detail, field));
}
