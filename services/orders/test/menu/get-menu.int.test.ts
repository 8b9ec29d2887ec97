import { TestEnv } from '../../../../libs/testing/src';
import { aMenu, asStaff, asStorefront, type TestMenu } from '../../../../test/support/builders';
import { call } from '../../../../test/support/http-client';
import { startApp, type StartedApp } from '../../../../test/support/stack';
import { menuRoutes } from '../../src/http/menu.routes';
import { aSecondLocation } from './menu-test-kit';

interface MenuProductView {
  id: string;
  name: string;
  price: { amountMinor: number };
  regularPrice: { amountMinor: number };
  priceRule: { id: string; name: string } | null;
  available: boolean;
  availableAgainAt: string | null;
}
interface MenuView {
  menuVersion: number;
  channel: string;
  categories: { id: string; name: string; products: MenuProductView[] }[];
  uncategorized: MenuProductView[];
}

describe('GET /v1/menu', () => {
  const env = new TestEnv();
  let orders: StartedApp<'orders'>;
  let menu: TestMenu;
  let admin: Record<string, string>;
  const getMenu = (query: string, headers: Record<string, string>) =>
    call<MenuView>('GET', `${orders.url}/v1/menu?${query}`, undefined, headers);
  const api = (method: string, path: string, body?: unknown) =>
    call(method, `${orders.url}${path}`, body, admin);
  const productsOf = (view: MenuView) => [
    ...view.categories.flatMap((c) => c.products),
    ...view.uncategorized,
  ];
  const find = (view: MenuView, id: string) => productsOf(view).find((p) => p.id === id);

  beforeAll(async () => {
    orders = await startApp(env, 'orders');
    menu = await aMenu(orders.app.platform.db);
    admin = await asStaff(menu.tenantId, ['admin']);
  });
  afterAll(() => orders.stop());

  it("when a storefront reads its location's menu, then answers the categories with products as guests see them now", async () => {
    const res = await getMenu(`locationId=${menu.locationId}`, asStorefront(menu));

    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      locationId: menu.locationId,
      channel: 'qr',
      uncategorized: [],
    });
    expect(res.body.categories.map((c) => c.name)).toEqual(['Hauptgerichte', 'Getränke']);
    expect(res.body.categories[0]!.products[0]).toEqual({
      id: menu.products[0]!.id,
      name: 'Wiener Schnitzel',
      description: null,
      price: { amountMinor: 1890, currency: 'EUR' },
      regularPrice: { amountMinor: 1890, currency: 'EUR' },
      priceRule: null,
      taxRateEatInBps: 1900,
      taxRateTakeAwayBps: 700,
      allergens: ['gluten'],
      available: true,
      availableAgainAt: null,
      modifierGroups: [
        {
          id: menu.withModifiers.groupId,
          name: 'Extras',
          minSelect: 0,
          maxSelect: 2,
          options: menu.withModifiers.options.map((o) => ({
            id: o.id,
            name: o.name,
            priceDelta: { amountMinor: o.priceDeltaMinor, currency: 'EUR' },
            available: true,
          })),
        },
      ],
    });
  });

  it('when a product is snoozed, then it is shown as unavailable with the time it comes back', async () => {
    const res = await getMenu(`locationId=${menu.locationId}`, asStorefront(menu));

    expect(find(res.body, menu.soldOut.id)).toMatchObject({
      name: 'Suppe des Tages',
      available: false,
      availableAgainAt: expect.any(String),
    });
  });

  it('when a snooze has run out, then the product is available again without anyone unsnoozing it', async () => {
    const item = menu.products[1]!;
    await orders.app.platform.db.query(
      `INSERT INTO location_items (location_id, product_id, tenant_id, snoozed_until)
       VALUES ($1, $2, $3, now() - interval '1 minute')`,
      [menu.locationId, item.id, menu.tenantId],
    );

    const res = await getMenu(`locationId=${menu.locationId}`, asStorefront(menu));

    expect(find(res.body, item.id)).toMatchObject({ available: true, availableAgainAt: null });
  });

  it("when the storefront asks for another channel than its key's, then answers 422 channel-mismatch naming query.channel", async () => {
    const res = await getMenu(`locationId=${menu.locationId}&channel=pos`, asStorefront(menu));

    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ fields: [{ field: 'query.channel' }] });
  });

  it.each([
    ["another tenant's location", async () => (await aMenu(orders.app.platform.db)).locationId],
    [
      'a location of its tenant its key does not cover',
      () => aSecondLocation(orders.app.platform.db, menu),
    ],
  ])(
    'when the storefront asks for %s, then answers 404 location-not-found',
    async (_what, location) => {
      const res = await getMenu(`locationId=${await location()}`, asStorefront(menu));

      expect(res.status).toBe(404);
      expect((res.body as unknown as { type: string }).type).toMatch(/location-not-found$/);
    },
  );

  it('when a product is sold on some channels only, then the other channels leave it out', async () => {
    const posOnly = await api('POST', '/v1/menu/products', {
      categoryId: menu.categories.mains,
      name: 'Tagesgericht (nur im Haus)',
      priceMinor: 990,
      taxRateEatInBps: 1900,
      taxRateTakeAwayBps: 700,
      channels: ['pos', 'phone'],
    });

    const staffDefault = await getMenu(
      `locationId=${menu.locationId}`,
      await asStaff(menu.tenantId, ['waiter']),
    );
    const web = await getMenu(`locationId=${menu.locationId}&channel=web`, admin);
    const qr = await getMenu(`locationId=${menu.locationId}`, asStorefront(menu));

    expect(staffDefault.body.channel).toBe('pos');
    expect(find(staffDefault.body, posOnly.body.id)).toBeDefined();
    expect(find(web.body, posOnly.body.id)).toBeUndefined();
    expect(find(qr.body, posOnly.body.id)).toBeUndefined();
  });

  it('when a happy hour is in force, then drinks show the rule price, the regular price and the rule', async () => {
    const rule = await api('POST', '/v1/menu/price-rules', {
      name: 'Happy Hour',
      daysOfWeek: [1, 2, 3, 4, 5, 6, 7],
      startsAt: '00:00',
      endsAt: '24:00',
      categoryIds: [menu.categories.drinks],
      effect: { kind: 'percent-off', bps: 5000 },
    });
    await api('POST', '/v1/menu/price-rules', {
      name: 'Somewhere else',
      locationIds: [await aSecondLocation(orders.app.platform.db, menu)],
      daysOfWeek: [1, 2, 3, 4, 5, 6, 7],
      startsAt: '00:00',
      endsAt: '24:00',
      categoryIds: [menu.categories.drinks],
      effect: { kind: 'fixed-price', priceMinor: 1 },
    });

    const res = await getMenu(`locationId=${menu.locationId}`, asStorefront(menu));

    expect(find(res.body, menu.products[2]!.id)).toMatchObject({
      name: 'Apfelschorle',
      price: { amountMinor: 195 },
      regularPrice: { amountMinor: 390 },
      priceRule: { id: rule.body.id, name: 'Happy Hour' },
    });
    expect(find(res.body, menu.products[0]!.id)).toMatchObject({ priceRule: null });
    await api('DELETE', `/v1/menu/price-rules/${rule.body.id}`);
  });

  it('when the location overrides a price or takes a product off, then its menu shows that and the version moves on', async () => {
    const before = await getMenu(`locationId=${menu.locationId}`, asStorefront(menu));
    const [schnitzel, spätzle] = menu.products;

    await api('PUT', `/v1/locations/${menu.locationId}/menu-items/${schnitzel!.id}`, {
      priceMinor: 1690,
    });
    await api('PUT', `/v1/locations/${menu.locationId}/menu-items/${spätzle!.id}`, {
      available: false,
    });
    const after = await getMenu(`locationId=${menu.locationId}`, asStorefront(menu));

    expect(find(after.body, schnitzel!.id)).toMatchObject({
      price: { amountMinor: 1690 },
      regularPrice: { amountMinor: 1690 },
    });
    expect(find(after.body, spätzle!.id)).toBeUndefined();
    expect(after.body.menuVersion).toBe(before.body.menuVersion + 2);
  });

  it('when a product is switched off for the whole tenant, then no menu shows it', async () => {
    const brezel = menu.products[4]!;

    await api('PATCH', `/v1/menu/products/${brezel.id}`, { active: false });
    const res = await getMenu(`locationId=${menu.locationId}`, asStorefront(menu));

    expect(find(res.body, brezel.id)).toBeUndefined();
  });

  it('when the OpenAPI document is read, then every menu route is in it with its schemas', async () => {
    const res = await call('GET', `${orders.url}/openapi.json`);

    expect(res.status).toBe(200);
    for (const route of menuRoutes) {
      const path = route.path.replace(/:(\w+)/g, '{$1}');
      expect(res.body.paths[path]?.[route.method]).toBeDefined();
    }
    expect(Object.keys(res.body.components.schemas)).toEqual(
      expect.arrayContaining([
        'Menu',
        'MenuProduct',
        'Product',
        'ModifierGroup',
        'PriceRule',
        'Allergen',
      ]),
    );
  });
});
