import { TestEnv, waitUntil } from '../../libs/testing/src';
import { aMenu, anIdempotencyKey, asStaff, type TestMenu } from '../support/builders';
import { call } from '../support/http-client';
import { startApp, type StartedApp } from '../support/stack';
import { someTables } from '../support/tables';

/**
 * A table in the beer garden orders a Schnitzel with fried potatoes, Käsespätzle and an
 * Apfelschorle from the waiter's POS: orders fires them with what routing needs (category,
 * chosen options, dining area, allergens); kitchen sends each to its stations; once the
 * kitchen and the fryer have finished, orders sees the food ready and the drink not.
 */
describe('routing a real order to the kitchen stations and back, across orders and kitchen', () => {
  const env = new TestEnv();
  let orders: StartedApp<'orders'>;
  let kitchen: StartedApp<'kitchen'>;
  let menu: TestMenu;
  let manager: Record<string, string>;

  beforeAll(async () => {
    [orders, kitchen] = await Promise.all([startApp(env, 'orders'), startApp(env, 'kitchen')]);
    menu = await aMenu(orders.app.platform.db);
    manager = await asStaff(menu.tenantId, ['manager']);
  });
  afterAll(() => Promise.all([orders.stop(), kitchen.stop()]));

  it('when the garden table orders, then every item reaches its stations and finished food is ready in orders', async () => {
    const [table] = await someTables(orders.url, menu, ['G1']);
    const [garden] = await orders.app.platform.db.query<{ area_id: string }>(
      'SELECT area_id FROM tables WHERE id = $1',
      [table!.id],
    );
    const gardenId = garden!.area_id;
    const station = async (code: string, extra: object = {}) => {
      const res = await call(
        'POST',
        `${kitchen.url}/v1/locations/${menu.locationId}/stations`,
        { code, name: code, ...extra },
        manager,
      );
      expect(res.status).toBe(201);
      return res.body.id as string;
    };
    const rule = async (body: object) => {
      const res = await call(
        'POST',
        `${kitchen.url}/v1/locations/${menu.locationId}/routing-rules`,
        body,
        manager,
      );
      expect(res.status).toBe(201);
    };
    const fried = menu.withModifiers.options[1]!;
    await station('kueche', { isDefault: true });
    await rule({ stationId: await station('bar'), categoryId: menu.categories.drinks });
    await rule({
      stationId: await station('garden-bar'),
      categoryId: menu.categories.drinks,
      diningAreaId: gardenId,
    });
    await rule({ stationId: await station('fryer'), modifierOptionId: fried.id });

    const placed = await call(
      'POST',
      `${orders.url}/v1/orders`,
      {
        locationId: menu.locationId,
        type: 'dine_in',
        channel: 'pos',
        tableId: table!.id,
        lines: [
          {
            productId: menu.withModifiers.productId,
            quantity: 1,
            modifiers: [{ optionId: fried.id }],
          },
          { productId: menu.products[1]!.id, quantity: 2 },
          { productId: menu.products[2]!.id, quantity: 1 },
        ],
      },
      { ...manager, 'Idempotency-Key': anIdempotencyKey() },
    );
    expect(placed.status).toBe(201);
    const orderId = placed.body.id as string;
    const tickets = await waitUntil(
      async () => {
        const res = await call(
          'GET',
          `${kitchen.url}/v1/tickets?orderId=${orderId}`,
          undefined,
          manager,
        );
        return res.body.items.length === 3 ? (res.body.items as any[]) : undefined;
      },
      { what: 'three tickets' },
    );
    const at = (code: string) => tickets.find((t) => t.station === code);

    expect(at('kueche').items.map((i: any) => i.name)).toEqual(['Wiener Schnitzel', 'Käsespätzle']);
    expect(at('kueche').items[0]).toMatchObject({
      modifiers: [fried.name],
      allergens: ['gluten'],
    });
    expect(at('fryer').items.map((i: any) => i.name)).toEqual(['Wiener Schnitzel']);
    expect(at('garden-bar').items.map((i: any) => i.name)).toEqual(['Apfelschorle']);
    expect(at('kueche').diningAreaId).toBe(gardenId);

    for (const code of ['kueche', 'fryer']) {
      const bumped = await call(
        'POST',
        `${kitchen.url}/v1/tickets/${at(code).id}/bump`,
        undefined,
        manager,
      );
      expect(bumped.status).toBe(200);
    }
    const lines = await waitUntil(
      async () => {
        const res = await call('GET', `${orders.url}/v1/orders/${orderId}`, undefined, manager);
        const food = res.body.lines.filter((l: any) => l.productId !== menu.products[2]!.id);
        return food.every((l: any) => l.status === 'ready') ? (res.body.lines as any[]) : undefined;
      },
      { what: 'the food ready in orders' },
    );
    expect(lines.find((l) => l.productId === menu.products[2]!.id).status).not.toBe('ready');
  });
});
