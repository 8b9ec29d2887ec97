import { BusProbe, TestEnv } from '../../../../libs/testing/src';
import {
  aManagerApproval,
  aMenu,
  anIdempotencyKey,
  asStaff,
  type TestMenu,
} from '../../../../test/support/builders';
import { call } from '../../../../test/support/http-client';
import { startApp, type StartedApp } from '../../../../test/support/stack';

/** Recipes are deducted when items fire, in the order's transaction, and come back on a cancel. */
describe('stock as orders fire and are cancelled', () => {
  const env = new TestEnv();
  let orders: StartedApp<'orders'>;
  let bus: BusProbe;
  let menu: TestMenu;
  let manager: Record<string, string>;
  let waiter: Record<string, string>;
  let veal: string;
  const url = (path: string) => `${orders.url}${path}`;
  const schnitzel = () => menu.products[0]!;
  const schorle = () => menu.products[2]!;

  const onHand = async () => {
    const res = await call(
      'GET',
      url(`/v1/stock?locationId=${menu.locationId}`),
      undefined,
      manager,
    );
    return res.body.items.find((l: any) => l.ingredientId === veal).onHand as number;
  };
  const countTo = (quantity: number) =>
    call(
      'POST',
      url('/v1/stock/movements'),
      { locationId: menu.locationId, ingredientId: veal, kind: 'count', quantity },
      { ...manager, 'Idempotency-Key': anIdempotencyKey() },
    );
  const setPolicy = (stockPolicy: 'block' | 'alert') =>
    call('PATCH', url(`/v1/locations/${menu.locationId}`), { stockPolicy }, manager);
  const place = (schnitzels: number) =>
    call(
      'POST',
      url('/v1/orders'),
      {
        locationId: menu.locationId,
        type: 'dine_in',
        channel: 'pos',
        tableLabel: '4',
        lines: [
          { productId: schorle().id, quantity: 1 },
          { productId: schnitzel().id, quantity: schnitzels },
        ],
      },
      { ...waiter, 'Idempotency-Key': anIdempotencyKey() },
    );
  const orderCount = async () =>
    Number(
      (
        await orders.app.platform.db.query<{ n: string }>(
          'SELECT count(*) n FROM orders WHERE location_id = $1',
          [menu.locationId],
        )
      )[0]!.n,
    );

  beforeAll(async () => {
    orders = await startApp(env, 'orders');
    bus = await BusProbe.start(env.run.amqpUrl, `${env.amqpPrefix}brigade.events`);
    menu = await aMenu(orders.app.platform.db);
    manager = await asStaff(menu.tenantId, ['manager']);
    waiter = await asStaff(menu.tenantId, ['waiter']);
    const ingredient = await call(
      'POST',
      url('/v1/ingredients'),
      { name: 'Kalbsschnitzel', unit: 'pc' },
      manager,
    );
    veal = ingredient.body.id;
    const recipe = await call(
      'PUT',
      url(`/v1/products/${schnitzel().id}/recipe`),
      { ingredients: [{ ingredientId: veal, quantity: 1 }] },
      manager,
    );
    expect(recipe.status).toBe(200);
    await countTo(10);
    const threshold = await call(
      'PUT',
      url(`/v1/stock/${menu.locationId}/${veal}/threshold`),
      { threshold: 2 },
      manager,
    );
    expect(threshold.status).toBe(200);
  });
  afterAll(async () => {
    await bus.stop();
    await orders.stop();
  });

  it('when a blocking location has too little, then the whole order is refused naming the line, and nothing is stored', async () => {
    await setPolicy('block');
    await countTo(3);
    const before = await orderCount();

    const res = await place(4);

    expect(res.status).toBe(422);
    expect(res.body.type).toMatch(/insufficient-stock$/);
    expect(res.body.fields).toEqual([expect.objectContaining({ field: 'lines.1' })]);
    expect(await orderCount()).toBe(before);
    expect(await onHand()).toBe(3);
  });

  it('when a blocking location has enough, then the fired order takes it and low stock is announced', async () => {
    await setPolicy('block');
    await countTo(3);

    const res = await place(2);

    expect(res.status).toBe(201);
    expect(await onHand()).toBe(1);
    const low = await bus.waitForEvent('stock.low.v1', (p: any) => p.ingredientId === veal);
    expect(low.payload).toMatchObject({ onHand: 1, threshold: 2, orderId: res.body.id });
  });

  it('when an alerting location has too little, then the order goes through and stock goes negative', async () => {
    await setPolicy('alert');
    await countTo(1);

    const res = await place(3);

    expect(res.status).toBe(201);
    expect(await onHand()).toBe(-2);
  });

  it('when a fired line is cancelled with a manager’s approval, then its stock comes back, in part and once', async () => {
    await setPolicy('block');
    await countTo(5);
    const order = (await place(3)).body;
    const line = order.lines[1];
    expect(await onHand()).toBe(2);
    const cancel = async (quantity: number) =>
      call(
        'POST',
        url(`/v1/orders/${order.id}/lines/${line.id}/void`),
        { reason: 'quality', quantity },
        {
          ...waiter,
          'x-manager-approval': await aManagerApproval(menu.tenantId, 'cancel-item', line.id),
        },
      );

    expect((await cancel(1)).status).toBe(200);
    expect(await onHand()).toBe(3);
    expect((await cancel(2)).status).toBe(200);
    expect(await onHand()).toBe(5);
    expect((await cancel(1)).status).toBe(422);
    expect(await onHand()).toBe(5);
    const told = await bus.waitForEvent(
      'order.item-voided.v1',
      (p: any) => p.lineId === line.id && p.quantity === 2,
    );
    expect(told.payload).toMatchObject({ afterFire: true, reason: 'quality' });
  });

  it('when an unfired line is voided, then stock is untouched (nothing was taken)', async () => {
    await setPolicy('block');
    await countTo(5);
    await orders.app.platform.db.query('UPDATE locations SET auto_fire = false WHERE id = $1', [
      menu.locationId,
    ]);
    try {
      const order = (await place(2)).body;
      expect(await onHand()).toBe(5);

      const res = await call(
        'POST',
        url(`/v1/orders/${order.id}/lines/${order.lines[1].id}/void`),
        { reason: 'guest_changed_mind' },
        waiter,
      );

      expect(res.status).toBe(200);
      expect(await onHand()).toBe(5);
    } finally {
      await orders.app.platform.db.query('UPDATE locations SET auto_fire = true WHERE id = $1', [
        menu.locationId,
      ]);
    }
  });
});
