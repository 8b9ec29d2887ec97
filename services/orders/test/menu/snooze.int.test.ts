import { BusProbe, TestEnv } from '../../../../libs/testing/src';
import { aMenu, asStaff, type TestMenu } from '../../../../test/support/builders';
import { call } from '../../../../test/support/http-client';
import { startApp, type StartedApp } from '../../../../test/support/stack';
import { priceLines } from '../../src/domain/menu/pricing';
import { aSecondLocation, eventsAbout } from './menu-test-kit';

describe('86ing an item: POST and DELETE /v1/locations/:locationId/menu-items/:productId/snooze', () => {
  const env = new TestEnv();
  let orders: StartedApp<'orders'>;
  let bus: BusProbe;
  let menu: TestMenu;
  let branch: string;
  let cook: Record<string, string>;
  const hoursAhead = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();
  const snooze = (productId: string, body: unknown, location = menu.locationId) =>
    call(
      'POST',
      `${orders.url}/v1/locations/${location}/menu-items/${productId}/snooze`,
      body,
      cook,
    );
  const unsnooze = (productId: string) =>
    call(
      'DELETE',
      `${orders.url}/v1/locations/${menu.locationId}/menu-items/${productId}/snooze`,
      undefined,
      cook,
    );
  const feedFor = (productId: string) =>
    orders.app.platform.db.query<{ type: string; location_id: string; data: unknown }>(
      `SELECT type, location_id, data FROM live_feed WHERE topic = 'menu' AND subject_id = $1 ORDER BY seq`,
      [productId],
    );
  const price = async (productId: string) => {
    const found = await orders.app.deps.menu.loadForOrder(menu.locationId, [productId]);
    return () =>
      priceLines([{ productId, quantity: 1 }], found!.catalog, {
        orderType: 'dine_in',
        channel: 'pos',
        at: new Date(),
        timezone: found!.location.timezone,
      });
  };

  beforeAll(async () => {
    orders = await startApp(env, 'orders');
    bus = await BusProbe.start(env.run.amqpUrl, `${env.amqpPrefix}brigade.events`);
    menu = await aMenu(orders.app.platform.db);
    branch = await aSecondLocation(orders.app.platform.db, menu);
    cook = await asStaff(menu.tenantId, ['kitchen'], [menu.locationId, branch]);
  });
  afterAll(async () => {
    await bus.stop();
    await orders.stop();
  });

  it('when the cook runs out of Schnitzel, then it is snoozed here only, orders for it are refused, and staff and storefronts are told', async () => {
    const schnitzel = menu.products[0]!;
    const until = hoursAhead(3);

    const res = await snooze(schnitzel.id, { until });

    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      locationId: menu.locationId,
      productId: schnitzel.id,
      priceMinor: null,
      available: true,
      snoozedUntil: until,
    });
    expect(await price(schnitzel.id)).toThrow(
      expect.objectContaining({ type: 'product-unavailable' }),
    );
    const found = await orders.app.deps.menu.loadForOrder(branch, [schnitzel.id]);
    expect(found!.catalog.products.get(schnitzel.id)!.snoozedUntil).toBeNull();
    const [event] = await eventsAbout(bus, schnitzel.id, 1);
    expect(event).toMatchObject({
      locationId: menu.locationId,
      payload: { changes: [{ kind: 'location-item', id: schnitzel.id, action: 'snoozed' }] },
    });
    expect(await feedFor(schnitzel.id)).toEqual([
      {
        type: 'menu.item-snoozed',
        location_id: menu.locationId,
        data: { productId: schnitzel.id, snoozedUntil: until },
      },
    ]);
  });

  it('when the item is back, then unsnoozing sells it again and tells everyone', async () => {
    const spätzle = menu.products[1]!;
    await snooze(spätzle.id, { until: hoursAhead(1) });

    const res = await unsnooze(spätzle.id);

    expect(res.status).toBe(200);
    expect(res.body.snoozedUntil).toBeNull();
    expect((await price(spätzle.id))()).toHaveLength(1);
    const actions = (await eventsAbout(bus, spätzle.id, 2)).map(
      (e) => e.payload.changes[0]!.action,
    );
    expect(actions.sort()).toEqual(['snoozed', 'unsnoozed']);
    expect((await feedFor(spätzle.id)).map((f) => f.type)).toEqual([
      'menu.item-snoozed',
      'menu.item-unsnoozed',
    ]);
  });

  it('when a location overrides the price, then a snooze keeps the override', async () => {
    const schorle = menu.products[2]!;
    const admin = await asStaff(menu.tenantId, ['admin']);
    await call(
      'PUT',
      `${orders.url}/v1/locations/${menu.locationId}/menu-items/${schorle.id}`,
      { priceMinor: 350 },
      admin,
    );

    const res = await snooze(schorle.id, { until: hoursAhead(2) });

    expect(res.body).toMatchObject({ priceMinor: 350, snoozedUntil: expect.any(String) });
  });

  it.each([
    ['in the past', () => hoursAhead(-1), 'must be in the future'],
    ['more than 7 days ahead', () => hoursAhead(7 * 24 + 1), 'at most 7 days ahead'],
  ])(
    'when the time is %s, then answers 422 snooze-invalid naming until and snoozes nothing',
    async (_why, until, message) => {
      const kaffee = menu.products[3]!;

      const res = await snooze(kaffee.id, { until: until() });

      expect(res.status).toBe(422);
      expect(res.body).toMatchObject({ fields: [{ field: 'until', message }] });
      expect(res.body.type).toMatch(/snooze-invalid$/);
      expect(await feedFor(kaffee.id)).toEqual([]);
    },
  );

  it('when the time is not a date-time, then answers 400 naming until', async () => {
    const res = await snooze(menu.products[3]!.id, { until: 'tonight' });

    expect(res.status).toBe(400);
    expect(res.body.fields).toEqual([{ field: 'until', message: expect.any(String) }]);
  });

  it('when the product is not in the catalog, then answers 404', async () => {
    const theirs = await aMenu(orders.app.platform.db);

    const res = await snooze(theirs.products[0]!.id, { until: hoursAhead(1) });

    expect(res.status).toBe(404);
  });
});
