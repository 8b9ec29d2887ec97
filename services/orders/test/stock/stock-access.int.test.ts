import { newId } from '../../../../libs/contracts/src';
import type { Role } from '../../../../libs/core/src';
import { TestEnv } from '../../../../libs/testing/src';
import {
  aMenu,
  anIdempotencyKey,
  asStaff,
  asStorefront,
  type TestMenu,
} from '../../../../test/support/builders';
import { call } from '../../../../test/support/http-client';
import { startApp, type StartedApp } from '../../../../test/support/stack';
import { aStockKitchen, type StockKitchen } from './stock-builders';

interface Ids {
  locationId: string;
  ingredientId: string;
  productId: string;
}

describe('stock: who may see and change what', () => {
  const env = new TestEnv();
  let orders: StartedApp<'orders'>;
  let ours: TestMenu;
  let theirs: TestMenu;
  let ourKitchen: StockKitchen;
  let theirKitchen: StockKitchen;
  const send = async ([method, path, body]: [string, string, unknown?], headers = {}) =>
    call(method, `${orders.url}${path}`, body, {
      'Idempotency-Key': anIdempotencyKey(),
      ...headers,
    });
  /** Every stock route that takes an id, as a request built from whose ids it uses. */
  const routesWithIds: [string, (ids: Ids) => [string, string, unknown?]][] = [
    ['GET /v1/ingredients/:id', (x) => ['GET', `/v1/ingredients/${x.ingredientId}`]],
    [
      'PATCH /v1/ingredients/:id',
      (x) => ['PATCH', `/v1/ingredients/${x.ingredientId}`, { name: 'Neu' }],
    ],
    ['DELETE /v1/ingredients/:id', (x) => ['DELETE', `/v1/ingredients/${x.ingredientId}`]],
    ['GET /v1/products/:id/recipe', (x) => ['GET', `/v1/products/${x.productId}/recipe`]],
    [
      'PUT /v1/products/:id/recipe',
      (x) => ['PUT', `/v1/products/${x.productId}/recipe`, { ingredients: [] }],
    ],
    [
      'PUT /v1/stock/:locationId/:ingredientId/threshold',
      (x) => ['PUT', `/v1/stock/${x.locationId}/${x.ingredientId}/threshold`, { threshold: 1 }],
    ],
    [
      'PUT /v1/stock/:locationId/:ingredientId/threshold (an ingredient at our location)',
      (x) => ['PUT', `/v1/stock/${ours.locationId}/${x.ingredientId}/threshold`, { threshold: 1 }],
    ],
    ['GET /v1/stock?locationId=', (x) => ['GET', `/v1/stock?locationId=${x.locationId}`]],
    [
      'GET /v1/stock/movements?locationId=',
      (x) => ['GET', `/v1/stock/movements?locationId=${x.locationId}`],
    ],
    [
      'POST /v1/stock/movements',
      (x) => [
        'POST',
        '/v1/stock/movements',
        { locationId: x.locationId, ingredientId: x.ingredientId, kind: 'receive', quantity: 1 },
      ],
    ],
  ];
  const idsOf = (menu: TestMenu, kitchen: StockKitchen): Ids => ({
    locationId: menu.locationId,
    ingredientId: kitchen.ingredients.cheese,
    productId: menu.products[1]!.id,
  });

  beforeAll(async () => {
    orders = await startApp(env, 'orders');
    const db = orders.app.platform.db;
    [ours, theirs] = [await aMenu(db), await aMenu(db)];
    [ourKitchen, theirKitchen] = [await aStockKitchen(db, ours), await aStockKitchen(db, theirs)];
  });
  afterAll(() => orders.stop());

  it.each(routesWithIds)(
    "when a manager calls %s with another tenant's ids, then answers 404 exactly like unknown ids",
    async (_route, request) => {
      const manager = await asStaff(ours.tenantId, ['manager']);
      const unknown = { locationId: newId(), ingredientId: newId(), productId: newId() };

      const foreign = await send(request(idsOf(theirs, theirKitchen)), manager);
      const missing = await send(request(unknown), manager);

      expect([foreign.status, missing.status]).toEqual([404, 404]);
      expect(foreign.body.type).toBe(missing.body.type);
      expect(foreign.body.detail).toBe(missing.body.detail);
      expect(JSON.stringify(foreign.body)).not.toContain(theirs.tenantId);
    },
  );

  it.each(routesWithIds.filter(([route]) => route.includes('stock')))(
    'when a manager bound to another location calls %s, then answers 404 location-not-found',
    async (_route, request) => {
      const elsewhere = await asStaff(ours.tenantId, ['manager'], [newId()]);

      const res = await send(request(idsOf(ours, ourKitchen)), elsewhere);

      expect(res.status).toBe(404);
      expect(res.body.type).toMatch(/location-not-found$/);
    },
  );

  it.each([
    ['waiter', 'GET /v1/ingredients/:id', 200],
    ['kitchen', 'GET /v1/stock?locationId=', 200],
    ['cashier', 'GET /v1/stock/movements?locationId=', 200],
    ['waiter', 'GET /v1/products/:id/recipe', 200],
    ['waiter', 'PATCH /v1/ingredients/:id', 403],
    ['kitchen', 'PUT /v1/products/:id/recipe', 403],
    ['waiter', 'PUT /v1/stock/:locationId/:ingredientId/threshold', 403],
    ['kitchen', 'POST /v1/stock/movements', 403],
    ['cashier', 'DELETE /v1/ingredients/:id', 403],
    ['admin', 'POST /v1/stock/movements', 201],
    ['admin', 'PATCH /v1/ingredients/:id', 200],
  ] as [Role, string, number][])(
    'when a %s calls %s, then answers %i',
    async (role, route, status) => {
      const request = routesWithIds.find(([r]) => r === route)![1];

      const res = await send(
        request(idsOf(ours, ourKitchen)),
        await asStaff(ours.tenantId, [role]),
      );

      expect(res.status).toBe(status);
    },
  );

  it.each([
    ['GET', '/v1/ingredients'],
    ['POST', '/v1/ingredients'],
    ['GET', '/v1/stock/movements'],
  ])(
    'when a storefront key calls %s %s, then answers 403: stock is for staff',
    async (method, path) => {
      const query = path.includes('stock') ? `?locationId=${ours.locationId}` : '';

      const res = await send(
        [method, `${path}${query}`, method === 'POST' ? { name: 'X', unit: 'g' } : undefined],
        asStorefront(ours),
      );

      expect(res.status).toBe(403);
    },
  );

  it('when the OpenAPI document is read, then it describes every stock route', async () => {
    const res = await call('GET', `${orders.url}/openapi.json`);

    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining([
        '/v1/ingredients',
        '/v1/ingredients/{ingredientId}',
        '/v1/products/{productId}/recipe',
        '/v1/stock',
        '/v1/stock/{locationId}/{ingredientId}/threshold',
        '/v1/stock/movements',
      ]),
    );
    expect(res.body.components.schemas).toHaveProperty('StockLevel');
  });
});
