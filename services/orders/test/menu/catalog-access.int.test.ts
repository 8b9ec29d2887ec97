import type { Role } from '../../../../libs/core/src';
import { TestEnv } from '../../../../libs/testing/src';
import { aMenu, asStaff, asStorefront, type TestMenu } from '../../../../test/support/builders';
import { call } from '../../../../test/support/http-client';
import { startApp, type StartedApp } from '../../../../test/support/stack';
import { aSecondLocation } from './menu-test-kit';

/** Ids of one tenant's catalog, each kind created through the API. */
interface Catalog {
  menu: TestMenu;
  categoryId: string;
  productId: string;
  groupId: string;
  ruleId: string;
}

describe('menu catalog: tenancy and roles', () => {
  const env = new TestEnv();
  let orders: StartedApp<'orders'>;
  let ours: Catalog;
  let theirs: Catalog;
  let branch: string;
  const api = (method: string, path: string, headers: Record<string, string>, body?: unknown) =>
    call(method, `${orders.url}${path}`, body, headers);
  const as = (roles: Role[], locationIds: string[] | 'all' = 'all') =>
    asStaff(ours.menu.tenantId, roles, locationIds);
  const product = {
    name: 'Obazda',
    priceMinor: 790,
    taxRateEatInBps: 1900,
    taxRateTakeAwayBps: 700,
  };
  const rule = (locationIds: string[] | null) => ({
    name: 'Mittagstisch',
    locationIds,
    daysOfWeek: [1, 2, 3, 4, 5],
    startsAt: '11:30',
    endsAt: '14:00',
    productIds: [ours.menu.products[1]!.id],
    effect: { kind: 'fixed-price', priceMinor: 990 },
  });

  async function aCatalog(): Promise<Catalog> {
    const menu = await aMenu(orders.app.platform.db);
    const admin = await asStaff(menu.tenantId, ['admin']);
    const post = async (path: string, body: unknown) =>
      (await api('POST', path, admin, body)).body.id as string;
    return {
      menu,
      categoryId: await post('/v1/menu/categories', { name: 'Brotzeit' }),
      productId: await post('/v1/menu/products', product),
      groupId: await post('/v1/menu/modifier-groups', {
        name: 'Brot',
        options: [{ name: 'Brezel' }],
      }),
      ruleId: await post('/v1/menu/price-rules', {
        name: 'Feierabend',
        daysOfWeek: [5],
        startsAt: '17:00',
        endsAt: '19:00',
        categoryIds: [menu.categories.drinks],
        effect: { kind: 'percent-off', bps: 2000 },
      }),
    };
  }

  beforeAll(async () => {
    orders = await startApp(env, 'orders');
    [ours, theirs] = [await aCatalog(), await aCatalog()];
    branch = await aSecondLocation(orders.app.platform.db, ours.menu);
  });
  afterAll(() => orders.stop());

  // `:x` names the tested catalog's id, `:ourX` one of our own (to test one id at a time).
  const idRoutes = [
    ['GET', '/v1/menu/categories/:categoryId', undefined],
    ['PATCH', '/v1/menu/categories/:categoryId', { name: 'x' }],
    ['DELETE', '/v1/menu/categories/:categoryId', undefined],
    ['GET', '/v1/menu/products/:productId', undefined],
    ['PATCH', '/v1/menu/products/:productId', { priceMinor: 1 }],
    ['DELETE', '/v1/menu/products/:productId', undefined],
    ['GET', '/v1/menu/modifier-groups/:groupId', undefined],
    ['PATCH', '/v1/menu/modifier-groups/:groupId', { name: 'x' }],
    ['DELETE', '/v1/menu/modifier-groups/:groupId', undefined],
    ['GET', '/v1/menu/price-rules/:ruleId', undefined],
    ['PATCH', '/v1/menu/price-rules/:ruleId', { name: 'x' }],
    ['DELETE', '/v1/menu/price-rules/:ruleId', undefined],
    ['PUT', '/v1/locations/:locationId/menu-items/:ourProductId', { priceMinor: 1 }],
    ['PUT', '/v1/locations/:ourLocationId/menu-items/:productId', { priceMinor: 1 }],
    ['POST', '/v1/locations/:locationId/menu-items/:ourProductId/snooze', 'an hour ahead'],
    ['POST', '/v1/locations/:ourLocationId/menu-items/:productId/snooze', 'an hour ahead'],
    ['DELETE', '/v1/locations/:locationId/menu-items/:ourProductId/snooze', undefined],
    ['GET', '/v1/menu?locationId=:locationId', undefined],
  ] as const;
  const fill = (template: string, c: Catalog) =>
    template
      .replace(':ourProductId', ours.productId)
      .replace(':ourLocationId', ours.menu.locationId)
      .replace(':categoryId', c.categoryId)
      .replace(':productId', c.productId)
      .replace(':groupId', c.groupId)
      .replace(':ruleId', c.ruleId)
      .replace(':locationId', c.menu.locationId);
  const bodyOf = (body: (typeof idRoutes)[number][2]) =>
    body === 'an hour ahead' ? { until: inAnHour() } : body;
  const inAnHour = () => new Date(Date.now() + 3_600_000).toISOString();

  it.each(idRoutes)(
    "when an admin calls %s %s with another tenant's id, then answers 404 and changes nothing",
    async (method, route, body) => {
      const res = await api(method, fill(route, theirs), await as(['admin']), bodyOf(body));

      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toMatch(/problem\+json/);
      expect(
        (
          await api(
            'GET',
            `/v1/menu/products/${theirs.productId}`,
            await asStaff(theirs.menu.tenantId, ['admin']),
          )
        ).body.priceMinor,
      ).toBe(790);
    },
  );

  it.each(idRoutes.filter(([method]) => method === 'GET'))(
    'when an admin calls %s %s with their own id, then answers 200 (the table is not vacuous)',
    async (method, route) => {
      expect((await api(method, fill(route, ours), await as(['admin']))).status).toBe(200);
    },
  );

  it.each([
    ['POST', '/v1/menu/categories', { name: 'Desserts' }],
    ['POST', '/v1/menu/products', product],
    ['PATCH', '/v1/menu/products/:product', { priceMinor: 1 }],
    ['POST', '/v1/menu/modifier-groups', { name: 'Soße', options: [{ name: 'Senf' }] }],
    ['DELETE', '/v1/menu/price-rules/:rule', undefined],
    ['PUT', '/v1/locations/:location/menu-items/:product', { priceMinor: 1 }],
  ] as const)(
    'when a waiter calls %s %s, then answers 403 and nothing changes',
    async (method, path, body) => {
      const url = path
        .replace(':product', ours.productId)
        .replace(':rule', ours.ruleId)
        .replace(':location', ours.menu.locationId);

      const res = await api(method, url, await as(['waiter']), body);

      expect(res.status).toBe(403);
      expect(
        (await api('GET', `/v1/menu/price-rules/${ours.ruleId}`, await as(['waiter']))).status,
      ).toBe(200);
      expect(
        (await api('GET', `/v1/menu/products/${ours.productId}`, await as(['waiter']))).body
          .priceMinor,
      ).toBe(790);
    },
  );

  it.each([['waiter'], ['kitchen'], ['manager']] as const)(
    'when a %s 86es an item, then it is snoozed',
    async (role) => {
      const res = await api(
        'POST',
        `/v1/locations/${ours.menu.locationId}/menu-items/${ours.productId}/snooze`,
        await as([role], [ours.menu.locationId]),
        { until: inAnHour() },
      );

      expect(res.status).toBe(200);
      expect(res.body.snoozedUntil).not.toBeNull();
    },
  );

  it('when a cashier tries to 86 an item, then answers 403', async () => {
    const res = await api(
      'POST',
      `/v1/locations/${ours.menu.locationId}/menu-items/${ours.productId}/snooze`,
      await as(['cashier']),
      { until: inAnHour() },
    );

    expect(res.status).toBe(403);
  });

  it('when a waiter of one location snoozes at another, then answers 404 location-not-found', async () => {
    const res = await api(
      'POST',
      `/v1/locations/${branch}/menu-items/${ours.productId}/snooze`,
      await as(['waiter'], [ours.menu.locationId]),
      { until: inAnHour() },
    );

    expect(res.status).toBe(404);
    expect(res.body.type).toMatch(/location-not-found$/);
  });

  it('when any member of staff reads the catalog, then answers 200; a storefront gets 403', async () => {
    const kitchen = await api('GET', '/v1/menu/products', await as(['kitchen']));
    const storefront = await api('GET', '/v1/menu/products', asStorefront(ours.menu));

    expect(kitchen.status).toBe(200);
    expect(kitchen.body.items.length).toBeGreaterThan(0);
    expect(storefront.status).toBe(403);
  });

  describe('a manager of one location', () => {
    const local = () => as(['manager'], [ours.menu.locationId]);

    it('when they change the tenant-wide catalog, then answers 403', async () => {
      const res = await api('PATCH', `/v1/menu/products/${ours.productId}`, await local(), {
        priceMinor: 1,
      });

      expect(res.status).toBe(403);
    });

    it("when they set their location's price, then answers 200", async () => {
      const res = await api(
        'PUT',
        `/v1/locations/${ours.menu.locationId}/menu-items/${ours.productId}`,
        await local(),
        { priceMinor: 690 },
      );

      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ priceMinor: 690, available: true });
    });

    it("when they set another location's price, then answers 404 location-not-found", async () => {
      const res = await api(
        'PUT',
        `/v1/locations/${branch}/menu-items/${ours.productId}`,
        await local(),
        {
          priceMinor: 690,
        },
      );

      expect(res.status).toBe(404);
    });

    it('when they add a price rule for their location only, then answers 201; for all locations, 403', async () => {
      const own = await api(
        'POST',
        '/v1/menu/price-rules',
        await local(),
        rule([ours.menu.locationId]),
      );
      const all = await api('POST', '/v1/menu/price-rules', await local(), rule(null));

      expect(own.status).toBe(201);
      expect(all.status).toBe(403);
    });
  });
});
