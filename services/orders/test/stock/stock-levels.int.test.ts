import { BusProbe, TestEnv } from '../../../../libs/testing/src';
import { aMenu, anIdempotencyKey, asStaff, type TestMenu } from '../../../../test/support/builders';
import { call } from '../../../../test/support/http-client';
import { startApp, type StartedApp } from '../../../../test/support/stack';
import { aStockKitchen, type StockKitchen } from './stock-builders';

describe('stock levels and movements', () => {
  const env = new TestEnv();
  let orders: StartedApp<'orders'>;
  let bus: BusProbe;
  let menu: TestMenu;
  let kitchen: StockKitchen;
  let manager: Record<string, string>;
  const api = (method: string, path: string, body?: unknown, headers = manager) =>
    call(method, `${orders.url}${path}`, body, headers);
  const move = (body: Record<string, unknown>, key = anIdempotencyKey()) =>
    api(
      'POST',
      '/v1/stock/movements',
      { locationId: menu.locationId, ...body },
      { ...manager, 'Idempotency-Key': key },
    );

  beforeAll(async () => {
    orders = await startApp(env, 'orders');
    bus = await BusProbe.start(env.run.amqpUrl, `${env.amqpPrefix}brigade.events`);
  });
  afterAll(async () => {
    await bus.stop();
    await orders.stop();
  });
  beforeEach(async () => {
    menu = await aMenu(orders.app.platform.db);
    kitchen = await aStockKitchen(orders.app.platform.db, menu);
    manager = await asStaff(menu.tenantId, ['manager']);
  });

  it('when a delivery is received, then answers 201 with the movement and the level, and adds it once per Idempotency-Key', async () => {
    const key = anIdempotencyKey();
    const body = { ingredientId: kitchen.ingredients.cheese, kind: 'receive', quantity: 500.25 };

    const res = await move(body, key);
    const replay = await move(body, key);

    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      movement: { kind: 'receive', delta: 500.25, actor: expect.stringMatching(/^user:/) },
      level: { name: 'Bergkäse', unit: 'g', onHand: 2500.25, lowThreshold: null, low: false },
    });
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.body).toEqual(res.body);
    expect(await kitchen.onHand('cheese')).toBe(2500.25);
  });

  it('when a count is recorded, then the level is what was counted and the ledger keeps the difference', async () => {
    const res = await move({
      ingredientId: kitchen.ingredients.flour,
      kind: 'count',
      quantity: 4200,
      reason: 'Inventur',
    });

    expect(res.status).toBe(201);
    expect(res.body.movement).toMatchObject({ kind: 'count', delta: -800, reason: 'Inventur' });
    expect(res.body.level.onHand).toBe(4200);
  });

  it('when an untracked ingredient is received or counted, then it is tracked from then on; waste of one is refused', async () => {
    const onions = kitchen.ingredients.onions;

    const wasted = await move({ ingredientId: onions, kind: 'waste', quantity: 1 });
    const counted = await move({ ingredientId: onions, kind: 'count', quantity: 3000 });

    expect(wasted.status).toBe(422);
    expect(wasted.body).toMatchObject({
      type: expect.stringMatching(/stock-not-tracked$/),
      fields: [{ field: 'ingredientId', message: expect.any(String) }],
    });
    expect(counted.status).toBe(201);
    expect(counted.body.level.onHand).toBe(3000);
  });

  it('when waste takes a level past its threshold, then stock.low.v1 is published without an order', async () => {
    const res = await move({ ingredientId: kitchen.ingredients.veal, kind: 'waste', quantity: 7 });

    expect(res.body.level).toMatchObject({ onHand: 3, lowThreshold: 3, low: true });
    const event = await bus.waitForEvent<{ ingredientId: string; orderId: string | null }>(
      'stock.low.v1',
      (p) => p.ingredientId === kitchen.ingredients.veal,
    );
    expect(event.payload).toMatchObject({ onHand: 3, threshold: 3, orderId: null });
  });

  it('when the body is wrong, then answers 400 naming each field', async () => {
    const res = await move({
      ingredientId: 'veal',
      kind: 'fire',
      quantity: 1.0001,
      reason: '',
      locationId: undefined,
    });
    const zero = await move({
      ingredientId: kitchen.ingredients.veal,
      kind: 'receive',
      quantity: 0,
    });

    expect(res.status).toBe(400);
    expect(res.body.fields.map((f: { field: string }) => f.field).sort()).toEqual([
      'ingredientId',
      'kind',
      'locationId',
      'quantity',
      'reason',
    ]);
    expect(zero.body.fields).toEqual([{ field: 'quantity', message: 'a receive must be above 0' }]);
  });

  it('when the stock is listed, then each tracked level shows name, unit and threshold; low=true keeps the low ones', async () => {
    await move({ ingredientId: kitchen.ingredients.flour, kind: 'count', quantity: 900 });

    const all = await api('GET', `/v1/stock?locationId=${menu.locationId}&limit=2`);
    const next = await api(
      'GET',
      `/v1/stock?locationId=${menu.locationId}&limit=2&cursor=${all.body.nextCursor}`,
    );
    const low = await api('GET', `/v1/stock?locationId=${menu.locationId}&low=true`);

    expect(all.status).toBe(200);
    expect([...all.body.items, ...next.body.items]).toEqual([
      expect.objectContaining({ name: 'Bergkäse', unit: 'g', onHand: 2000, lowThreshold: null }),
      expect.objectContaining({ name: 'Kalbsschnitzel', unit: 'pc', onHand: 10, lowThreshold: 3 }),
      expect.objectContaining({ name: 'Mehl', onHand: 900, lowThreshold: 1000, low: true }),
    ]);
    expect(next.body.nextCursor).toBeNull();
    expect(low.body.items.map((l: { name: string }) => l.name)).toEqual(['Mehl']);
  });

  it('when a threshold is set or cleared, then the level shows it; an untracked ingredient answers 404', async () => {
    const path = (ingredientId: string) => `/v1/stock/${menu.locationId}/${ingredientId}/threshold`;

    const set = await api('PUT', path(kitchen.ingredients.cheese), { threshold: 2500 });
    const cleared = await api('PUT', path(kitchen.ingredients.veal), { threshold: null });
    const untracked = await api('PUT', path(kitchen.ingredients.onions), { threshold: 1 });
    const missing = await api('PUT', path(kitchen.ingredients.cheese), {});

    expect(set.body).toMatchObject({ lowThreshold: 2500, low: true });
    expect(cleared.body).toMatchObject({ lowThreshold: null, low: false });
    expect(untracked.status).toBe(404);
    expect(missing.body.fields).toEqual([{ field: 'threshold', message: expect.any(String) }]);
  });

  it('when the ledger is read, then movements come newest first, page by page, filtered by ingredient', async () => {
    const { veal, cheese } = kitchen.ingredients;
    for (const quantity of [1, 2, 3]) await move({ ingredientId: veal, kind: 'receive', quantity });
    await move({ ingredientId: cheese, kind: 'waste', quantity: 5 });
    const ledger = `/v1/stock/movements?locationId=${menu.locationId}&ingredientId=${veal}&limit=2`;

    const first = await api('GET', ledger, undefined, await asStaff(menu.tenantId, ['waiter']));
    const second = await api('GET', `${ledger}&cursor=${first.body.nextCursor}`);

    expect(first.status).toBe(200);
    expect(
      [...first.body.items, ...second.body.items].map((m: { delta: number }) => m.delta),
    ).toEqual([3, 2, 1]);
    expect(second.body.nextCursor).toBeNull();
  });
});
