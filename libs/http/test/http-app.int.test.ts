import { z } from 'zod';
import { defineRoute } from '../../contracts/src';
import {
  AppError,
  ConflictError,
  createLogger,
  RuleViolationError,
  UnavailableError,
  type Logger,
} from '../../core/src';
import {
  createHttpApp,
  listen,
  mountRoute,
  type ReadinessChecks,
  type RunningServer,
} from '../src';

const PROBLEM = 'https://brigade.dev/problems/';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const addStockRoute = defineRoute({
  method: 'post',
  path: '/v1/menus/:menuId/stock',
  summary: 'Add stock to the items of a menu',
  tag: 'stock',
  request: {
    params: z.object({ menuId: z.string().regex(/^m\d+$/) }),
    body: z.object({
      supplier: z.string().min(1),
      items: z.array(z.object({ sku: z.string().min(1), qty: z.number().int().min(1) })).min(1),
    }),
  },
  response: {
    status: 201,
    description: 'The stock added',
    body: z.object({ menuId: z.string(), units: z.number().int() }),
  },
  problems: [],
});

const failRoute = defineRoute({
  method: 'get',
  path: '/v1/failures/:kind',
  summary: 'Fails the way it is asked to',
  tag: 'test',
  request: { params: z.object({ kind: z.string() }) },
  response: { status: 200, description: 'Never', body: z.object({}) },
  problems: ['stock-locked', 'too-late'],
});

const slowRoute = defineRoute({
  method: 'get',
  path: '/v1/slow',
  summary: 'Answers when the test says so',
  tag: 'test',
  request: {},
  response: { status: 200, description: 'Done', body: z.object({ done: z.boolean() }) },
  problems: [],
});

const reserveRoute = defineRoute({
  method: 'post',
  path: '/v1/reservations',
  summary: 'Reserve a table',
  tag: 'reservations',
  idempotent: true,
  request: { body: z.object({ tableLabel: z.string() }) },
  response: { status: 201, description: 'Reserved', body: z.object({ id: z.string() }) },
  problems: [],
});

const SECRET_MESSAGE = 'connect to postgres://admin:hunter2@db failed';

function failure(kind: string): Error {
  switch (kind) {
    case 'conflict':
      return new ConflictError('stock-locked', 'Stock is being counted');
    case 'rule':
      return new RuleViolationError('too-late', 'The kitchen is closed');
    case 'unavailable':
      return new UnavailableError('The supplier API is down');
    case 'teapot':
      return new AppError('teapot', 418, 'I am a teapot');
    default:
      return new Error(SECRET_MESSAGE);
  }
}

function deferred<T = void>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

interface Answer {
  status: number;
  headers: Headers;
  text: string;
  body: any;
}

async function send(url: string, init: RequestInit = {}): Promise<Answer> {
  const res = await fetch(url, init);
  const text = await res.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { status: res.status, headers: res.headers, text, body };
}

function postJson(url: string, body: unknown, headers: Record<string, string> = {}) {
  return send(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

interface SlowHandler {
  entered: () => void;
  gate: Promise<void>;
}

function buildApp(log: Logger, readiness: ReadinessChecks, slow?: SlowHandler) {
  return createHttpApp({
    title: 'Test service',
    log,
    readiness,
    bodyLimit: '1kb',
    routes: [addStockRoute, failRoute, slowRoute, reserveRoute],
    mount: (router) => {
      mountRoute(router, addStockRoute, async ({ params, body }) => ({
        menuId: params.menuId,
        units: body.items.reduce((sum, item) => sum + item.qty, 0),
      }));
      mountRoute(router, failRoute, async ({ params }) => {
        throw failure(params.kind);
      });
      mountRoute(router, slowRoute, async () => {
        slow?.entered();
        await slow?.gate;
        return { done: true };
      });
    },
  });
}

describe('createHttpApp', () => {
  const log = createLogger('test', 'silent');
  const checks: Record<string, () => Promise<unknown>> = {};
  const readiness: ReadinessChecks = {
    postgres: () => checks.postgres!(),
    rabbitmq: () => checks.rabbitmq!(),
  };
  let server: RunningServer;
  let base: string;

  beforeAll(async () => {
    server = await listen(buildApp(log, readiness), 0, '127.0.0.1');
    base = `http://127.0.0.1:${server.port}`;
  });
  afterAll(async () => {
    await server.close(1_000);
  });
  beforeEach(() => {
    checks.postgres = async () => 'ok';
    checks.rabbitmq = async () => 'ok';
  });
  afterEach(() => {
    jest.restoreAllMocks();
  });

  describe('a contract route', () => {
    it('when the request is valid, then answers with the handler result and its status', async () => {
      const body = {
        supplier: 'Metro',
        items: [
          { sku: 'a', qty: 2 },
          { sku: 'b', qty: 3 },
        ],
      };

      const res = await postJson(`${base}/v1/menus/m1/stock`, body);

      expect(res.status).toBe(201);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      expect(res.body).toEqual({ menuId: 'm1', units: 5 });
    });

    it('when params and nested body fields are bad, then answers 400 validation-failed naming each', async () => {
      const body = { supplier: '', items: [{ sku: 'a', qty: 0 }, { qty: 1 }] };

      const res = await postJson(`${base}/v1/menus/nope/stock`, body);

      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(res.body).toMatchObject({
        type: `${PROBLEM}validation-failed`,
        title: 'The request is not valid',
        status: 400,
        instance: '/v1/menus/nope/stock',
      });
      expect(res.body.fields.map((f: { field: string }) => f.field).sort()).toEqual([
        'items.0.qty',
        'items.1.sku',
        'params.menuId',
        'supplier',
      ]);
      expect(res.body.fields).toContainEqual({
        field: 'items.0.qty',
        message: expect.stringMatching(/>=1/),
      });
    });

    it('when the body is missing, then answers 400 naming the body', async () => {
      const res = await send(`${base}/v1/menus/m1/stock`, { method: 'POST' });

      expect(res.status).toBe(400);
      expect(res.body.fields).toEqual([{ field: 'body', message: expect.any(String) }]);
    });

    it('when the body is not valid JSON, then answers 400 invalid-json', async () => {
      const res = await postJson(`${base}/v1/menus/m1/stock`, '{"supplier": "Metro",');

      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(res.body).toMatchObject({ type: `${PROBLEM}invalid-json`, status: 400 });
    });

    it('when the body is above the limit, then answers 413 payload-too-large', async () => {
      const items = Array.from({ length: 60 }, (_, i) => ({ sku: `sku-${i}`, qty: 1 }));

      const res = await postJson(`${base}/v1/menus/m1/stock`, { supplier: 'Metro', items });

      expect(res.status).toBe(413);
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(res.body).toMatchObject({ type: `${PROBLEM}payload-too-large`, status: 413 });
    });

    it('when the body is text/plain, then answers 415 unsupported-media-type', async () => {
      const res = await send(`${base}/v1/menus/m1/stock`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body: 'supplier=Metro',
      });

      expect(res.status).toBe(415);
      expect(res.body).toMatchObject({ type: `${PROBLEM}unsupported-media-type`, status: 415 });
    });
  });

  describe('errors', () => {
    it('when no route matches, then answers a 404 not-found problem', async () => {
      const res = await send(`${base}/v1/nowhere?x=1`);

      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(res.body).toMatchObject({
        type: `${PROBLEM}not-found`,
        status: 404,
        detail: 'No route GET /v1/nowhere',
        instance: '/v1/nowhere?x=1',
      });
    });

    it('when a handler throws a plain Error, then answers an opaque 500 and logs the error', async () => {
      const logged = jest.spyOn(log, 'error');

      const res = await send(`${base}/v1/failures/boom`);

      expect(res.status).toBe(500);
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(res.body).toEqual({
        type: `${PROBLEM}internal`,
        title: 'Something went wrong on our side',
        status: 500,
        instance: '/v1/failures/boom',
        correlationId: expect.stringMatching(UUID),
      });
      expect(res.text).not.toMatch(/hunter2|stack|at .*\.ts/);
      expect(logged).toHaveBeenCalledWith(
        { err: expect.objectContaining({ message: SECRET_MESSAGE }) },
        'request failed',
      );
    });

    it.each([
      ['conflict', 409, 'stock-locked', '1'],
      ['unavailable', 503, 'service-unavailable', '1'],
      ['rule', 422, 'too-late', null],
      ['teapot', 418, 'teapot', null],
    ])(
      'when a handler throws a %s AppError, then answers %i %s with Retry-After %s',
      async (kind, status, type, retryAfter) => {
        const res = await send(`${base}/v1/failures/${kind}`);

        expect(res.status).toBe(status);
        expect(res.body).toMatchObject({ type: `${PROBLEM}${type}`, status });
        expect(res.headers.get('retry-after')).toBe(retryAfter);
      },
    );

    it('when a handler throws an AppError below 500, then it is not logged as an error', async () => {
      const logged = jest.spyOn(log, 'error');

      await send(`${base}/v1/failures/conflict`);

      expect(logged).not.toHaveBeenCalled();
    });
  });

  describe('X-Correlation-Id', () => {
    it('when the request carries a valid one, then it is echoed in the header and the problem', async () => {
      const res = await send(`${base}/v1/nowhere`, {
        headers: { 'x-correlation-id': 'pos-42:order.7_a' },
      });

      expect(res.headers.get('x-correlation-id')).toBe('pos-42:order.7_a');
      expect(res.body.correlationId).toBe('pos-42:order.7_a');
    });

    it.each([
      ['absent', undefined],
      ['with spaces', 'not a valid id'],
      ['with markup', '<script>'],
      ['too long', 'x'.repeat(101)],
    ])(
      'when it is %s, then a fresh one is generated and used in the problem',
      async (_what, sent) => {
        const res = await send(`${base}/v1/nowhere`, {
          headers: sent === undefined ? {} : { 'x-correlation-id': sent },
        });

        const generated = res.headers.get('x-correlation-id');
        expect(generated).toMatch(UUID);
        expect(res.body.correlationId).toBe(generated);
      },
    );

    it('when two requests come without one, then each gets its own', async () => {
      const first = await send(`${base}/v1/nowhere`);

      const second = await send(`${base}/v1/nowhere`);

      expect(second.headers.get('x-correlation-id')).not.toBe(
        first.headers.get('x-correlation-id'),
      );
    });
  });

  describe('health', () => {
    it('when /healthz is called, then answers 200', async () => {
      const res = await send(`${base}/healthz`);

      expect(res.status).toBe(200);
      expect(res.body).toEqual({ status: 'ok' });
    });

    it('when every readiness check passes, then /readyz answers 200', async () => {
      const res = await send(`${base}/readyz`);

      expect(res.status).toBe(200);
      expect(res.body).toEqual({ status: 'ready', checks: { postgres: 'up', rabbitmq: 'up' } });
    });

    it('when a readiness check rejects, then /readyz answers 503 naming it and its message', async () => {
      checks.rabbitmq = async () => {
        throw new Error('connection refused');
      };

      const res = await send(`${base}/readyz`);

      expect(res.status).toBe(503);
      expect(res.body).toEqual({
        status: 'not-ready',
        checks: { postgres: 'up', rabbitmq: 'down: connection refused' },
      });
    });

    it('when a readiness check never answers, then /readyz answers 503 after the timeout', async () => {
      checks.postgres = () => new Promise(() => undefined);

      const res = await send(`${base}/readyz`);

      expect(res.status).toBe(503);
      expect(res.body).toEqual({
        status: 'not-ready',
        checks: { postgres: 'down: no answer within 2000 ms', rabbitmq: 'up' },
      });
    });
  });

  describe('metrics', () => {
    it('when a route was called, then /metrics has its duration labelled by route pattern', async () => {
      await postJson(`${base}/v1/menus/m9/stock`, {
        supplier: 'Metro',
        items: [{ sku: 'a', qty: 1 }],
      });

      const res = await send(`${base}/metrics`);

      expect(res.status).toBe(200);
      expect(res.text).toMatch(
        /^brigade_http_request_seconds_count\{method="POST",route="\/v1\/menus\/:menuId\/stock",status="201"\} \d+$/m,
      );
      expect(res.text).not.toContain('/v1/menus/m9/stock');
    });
  });

  describe('docs', () => {
    it('when /openapi.json is read, then it lists the routes with {param} paths and bodies', async () => {
      const res = await send(`${base}/openapi.json`);

      expect(res.status).toBe(200);
      expect(res.body.info).toMatchObject({ title: 'Test service' });
      expect(res.body.paths).not.toHaveProperty(['/v1/menus/:menuId/stock']);
      const addStock = res.body.paths['/v1/menus/{menuId}/stock']?.post;
      expect(addStock.parameters).toContainEqual(
        expect.objectContaining({ name: 'menuId', in: 'path', required: true }),
      );
      expect(addStock.requestBody.content['application/json'].schema).toMatchObject({
        type: 'object',
        properties: { supplier: { type: 'string' }, items: { type: 'array' } },
        required: ['supplier', 'items'],
      });
      expect(addStock.responses).toHaveProperty('201');
      expect(addStock.parameters).not.toContainEqual(
        expect.objectContaining({ name: 'Idempotency-Key' }),
      );
    });

    it('when a route is idempotent, then its operation requires the Idempotency-Key header', async () => {
      const res = await send(`${base}/openapi.json`);

      const reserve = res.body.paths['/v1/reservations']?.post;
      expect(reserve.parameters).toContainEqual(
        expect.objectContaining({ name: 'Idempotency-Key', in: 'header', required: true }),
      );
    });

    it('when /docs is opened, then answers 200 HTML', async () => {
      const res = await send(`${base}/docs`);

      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      expect(res.text).toContain('swagger-ui');
    });
  });
});

describe('listen(...).close', () => {
  it('when closed during a slow request, then it finishes that request and refuses new connections', async () => {
    const entered = deferred();
    const gate = deferred();
    const app = buildApp(
      createLogger('test', 'silent'),
      {},
      { entered: entered.resolve, gate: gate.promise },
    );
    const server = await listen(app, 0, '127.0.0.1');
    const url = `http://127.0.0.1:${server.port}/v1/slow`;
    const inFlight = send(url);
    await entered.promise;

    const closed = server.close(2_000);
    const refused = fetch(url).then(
      () => 'answered',
      (err: Error & { cause?: { code?: string } }) => err.cause?.code,
    );
    gate.resolve();

    const res = await inFlight;
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ done: true });
    expect(await refused).toBe('ECONNREFUSED');
    await closed;
  });
});
