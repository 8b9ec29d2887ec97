import type { RouteContract } from '../../../libs/contracts/src';
import { TestEnv } from '../../../libs/testing/src';
import { allRoutes } from '../src/http/routes';
import {
  aMenu,
  anIdempotencyKey,
  asStaff,
  asStorefront,
  type TestMenu,
} from '../../../test/support/builders';
import { call } from '../../../test/support/http-client';
import { sampleBody } from '../../../test/support/sample-body';
import { startApp, type StartedApp } from '../../../test/support/stack';
import { someTables } from '../../../test/support/tables';

/** Every orders route that names a thing by id in its path: the table this test runs over. */
const idRoutes: RouteContract[] = allRoutes.filter((r) => r.path.includes('/:'));

/**
 * Another tenant's ids in every `/:id` route answer 404, exactly as if they did not exist,
 * even for that tenant's admin; and nothing of ours leaks into the answer.
 */
describe('cross-tenant access to every /:id route', () => {
  const env = new TestEnv();
  let orders: StartedApp<'orders'>;
  let ours: TestMenu;
  let theirAdmin: Record<string, string>;
  let theirStorefront: Record<string, string>;
  const ids: Record<string, string> = {};
  const url = (path: string) => `${orders.url}${path}`;

  beforeAll(async () => {
    orders = await startApp(env, 'orders');
    ours = await aMenu(orders.app.platform.db);
    const theirs = await aMenu(orders.app.platform.db);
    theirAdmin = await asStaff(theirs.tenantId, ['admin']);
    theirStorefront = asStorefront(theirs);
    const admin = await asStaff(ours.tenantId, ['admin']);
    const created = async (path: string, body: unknown, headers = admin) => {
      const res = await call('POST', url(path), body, {
        ...headers,
        'Idempotency-Key': anIdempotencyKey(),
      });
      if (res.status !== 201 && res.status !== 200) {
        throw new Error(`fixture ${path}: ${res.status} ${JSON.stringify(res.body)}`);
      }
      return res.body;
    };
    const [table] = await someTables(orders.url, ours, ['1']);
    const order = await created('/v1/orders', {
      locationId: ours.locationId,
      type: 'dine_in',
      channel: 'pos',
      tableId: table!.id,
      lines: [{ productId: ours.products[0]!.id, quantity: 1 }],
    });
    const [area] = await orders.app.platform.db.query<{ area_id: string }>(
      'SELECT area_id FROM tables WHERE id = $1',
      [table!.id],
    );
    const user = await created('/v1/staff-users', {
      email: `waiter-${Date.now()}@gasthaus.test`,
      name: 'Kellner',
      password: 'lang-genug-1234',
      roles: ['waiter'],
      locationIds: null,
    });
    const ingredient = await created('/v1/ingredients', { name: 'Kalbfleisch', unit: 'g' });
    const rule = await created('/v1/menu/price-rules', {
      name: 'Happy Hour',
      daysOfWeek: [1, 2, 3, 4, 5],
      startsAt: '17:00',
      endsAt: '19:00',
      categoryIds: [ours.categories.drinks],
      effect: { kind: 'percent-off', bps: 3000 },
    });
    Object.assign(ids, {
      orderId: order.id,
      lineId: order.lines[0].id,
      sessionId: order.tableSessionId,
      tableId: table!.id,
      areaId: area!.area_id,
      locationId: ours.locationId,
      productId: ours.products[0]!.id,
      categoryId: ours.categories.mains,
      groupId: ours.withModifiers.groupId,
      ruleId: rule.id,
      ingredientId: ingredient.id,
      apiKeyId: ours.apiKeyId,
      userId: user.id,
      any: ours.locationId,
    });
  });
  afterAll(() => orders.stop());

  it('covers routes of every area', () => {
    expect(idRoutes.length).toBeGreaterThan(30);
  });

  it.each(idRoutes.map((r) => [`${r.method.toUpperCase()} ${r.path}`, r] as const))(
    'when another tenant’s admin calls %s with our ids, then it answers 404',
    async (_name, route) => {
      const path = route.path.replace(/:(\w+)/g, (_m, param: string) => {
        if (!ids[param]) throw new Error(`no fixture id for :${param}; add one to this test`);
        return ids[param];
      });
      const body = route.request.body ? sampleBody(route.request.body, ids) : undefined;

      const res = await call(route.method.toUpperCase(), url(path), body, {
        ...theirAdmin,
        ...(route.idempotent ? { 'Idempotency-Key': anIdempotencyKey() } : {}),
      });

      expect({ status: res.status, body: res.body }).toMatchObject({ status: 404 });
      expect(JSON.stringify(res.body)).not.toContain(ours.tenantId);
    },
  );

  it('when another tenant’s storefront reads our order, then it answers 404', async () => {
    const res = await call('GET', url(`/v1/orders/${ids.orderId}`), undefined, theirStorefront);

    expect(res.status).toBe(404);
  });
});
