import { requestHash } from '../../../../libs/http/src';
import { IdempotencyStore } from '../../../../libs/http/src/idempotency-store';
import { BusProbe, TestEnv } from '../../../../libs/testing/src';
import {
  aMenu,
  anIdempotencyKey,
  aPlaceOrderRequest,
  asStorefront,
  type TestMenu,
} from '../../../../test/support/builders';
import { call } from '../../../../test/support/http-client';
import { startApp, type StartedApp } from '../../../../test/support/stack';

describe('POST /v1/orders', () => {
  const env = new TestEnv();
  let orders: StartedApp<'orders'>;
  let bus: BusProbe;
  let menu: TestMenu;
  const post = (body: unknown, key: string | null = anIdempotencyKey(), as: TestMenu = menu) =>
    call('POST', `${orders.url}/v1/orders`, body, {
      ...asStorefront(as),
      ...(key ? { 'Idempotency-Key': key } : {}),
    });
  const countOrders = async (locationId: string) =>
    Number(
      (
        await orders.app.platform.db.query<{ n: string }>(
          'SELECT count(*) n FROM orders WHERE location_id = $1',
          [locationId],
        )
      )[0]!.n,
    );

  beforeAll(async () => {
    orders = await startApp(env, 'orders');
    bus = await BusProbe.start(env.run.amqpUrl, `${env.amqpPrefix}brigade.events`);
    menu = await aMenu(orders.app.platform.db);
  });
  afterAll(async () => {
    await bus.stop();
    await orders.stop();
  });

  it('when the order is valid, then answers 201 with server prices, stores it and publishes placed and fired events', async () => {
    const res = await post(aPlaceOrderRequest(menu));

    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      status: 'draft',
      channel: 'qr',
      tableLabel: '12',
      total: { amountMinor: 2 * 1890 + 390, currency: 'EUR' },
      lines: [
        {
          name: 'Wiener Schnitzel',
          quantity: 2,
          unitPrice: { amountMinor: 1890 },
          taxRateBps: 1900,
          notes: 'ohne Zitrone',
        },
        { name: 'Apfelschorle', quantity: 1 },
      ],
    });
    const stored = await call(
      'GET',
      `${orders.url}/v1/orders/${res.body.id}`,
      undefined,
      asStorefront(menu),
    );
    expect(stored.body).toEqual(
      expect.objectContaining({ id: res.body.id, total: res.body.total }),
    );
    const placed = await bus.waitForEvent<{ orderId: string }>(
      'order.placed.v1',
      (p) => p.orderId === res.body.id,
    );
    const fired = await bus.waitForEvent<{ orderId: string; items: unknown[] }>(
      'order.items-fired.v1',
      (p) => p.orderId === res.body.id,
    );
    expect(placed).toMatchObject({
      tenantId: menu.tenantId,
      locationId: menu.locationId,
      aggregateId: res.body.id,
    });
    expect(fired.payload.items).toHaveLength(2);
  });

  it('when the client sends a price, then the server price wins', async () => {
    const request = aPlaceOrderRequest(menu, {
      lines: [{ productId: menu.products[1]!.id, quantity: 1, displayedUnitPriceMinor: 1 }],
    });

    const res = await post(request);

    expect(res.body.total.amountMinor).toBe(1350);
  });

  it('when the same request is sent twice, then the second replays the first and no second order exists', async () => {
    const menuOfItsOwn = await aMenu(orders.app.platform.db);
    const key = anIdempotencyKey();

    const first = await post(aPlaceOrderRequest(menuOfItsOwn), key, menuOfItsOwn);
    const second = await post(aPlaceOrderRequest(menuOfItsOwn), key, menuOfItsOwn);

    expect(second.status).toBe(201);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(second.body).toEqual(first.body);
    expect(await countOrders(menuOfItsOwn.locationId)).toBe(1);
  });

  it('when the key comes back with a different body, then answers 422 idempotency-key-reused', async () => {
    const key = anIdempotencyKey();
    await post(aPlaceOrderRequest(menu), key);

    const res = await post(aPlaceOrderRequest(menu, { tableLabel: '13' }), key);

    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(res.body.type).toMatch(/idempotency-key-reused$/);
  });

  it('when 20 requests with one key arrive at once, then exactly one order is stored', async () => {
    const menuOfItsOwn = await aMenu(orders.app.platform.db);
    const key = anIdempotencyKey();
    const body = aPlaceOrderRequest(menuOfItsOwn);

    const answers = await Promise.all(
      Array.from({ length: 20 }, () => post(body, key, menuOfItsOwn)),
    );

    expect(await countOrders(menuOfItsOwn.locationId)).toBe(1);
    expect(answers.every((a) => a.status === 201 || a.status === 409)).toBe(true);
    const ids = new Set(answers.filter((a) => a.status === 201).map((a) => a.body.id));
    expect(ids.size).toBe(1);
  });

  it('when the first request with the key is still running, then answers 409 with Retry-After', async () => {
    const key = anIdempotencyKey();
    const body = aPlaceOrderRequest(menu);
    await new IdempotencyStore(orders.app.platform.db).begin(
      `apikey:${menu.apiKeyId}`,
      key,
      requestHash('POST', '/v1/orders', body),
    );

    const res = await post(body, key);

    expect(res.status).toBe(409);
    expect(res.body.type).toMatch(/idempotency-request-in-flight$/);
    expect(res.headers.get('retry-after')).toBe('1');
  });

  it('when the Idempotency-Key header is missing, then answers 400 naming it and stores nothing', async () => {
    const menuOfItsOwn = await aMenu(orders.app.platform.db);

    const res = await post(aPlaceOrderRequest(menuOfItsOwn), null, menuOfItsOwn);

    expect(res.status).toBe(400);
    expect(res.body.fields).toEqual([{ field: 'header.Idempotency-Key', message: 'required' }]);
    expect(await countOrders(menuOfItsOwn.locationId)).toBe(0);
  });

  it('when fields are invalid, then answers 400 naming each field', async () => {
    const res = await post({
      ...aPlaceOrderRequest(menu),
      type: 'picnic',
      lines: [{ productId: menu.products[0]!.id, quantity: 0 }],
    });

    expect(res.status).toBe(400);
    expect(res.body.fields.map((f: { field: string }) => f.field).sort()).toEqual([
      'lines.0.quantity',
      'type',
    ]);
  });

  it('when the body is not JSON, then answers 400 invalid-json', async () => {
    const res = await post('{"locationId": ');

    expect(res.status).toBe(400);
    expect(res.body.type).toMatch(/invalid-json$/);
  });

  it('when a product is sold out or unknown, then answers 422 naming the line and stores nothing', async () => {
    const menuOfItsOwn = await aMenu(orders.app.platform.db);
    const lines = [
      { productId: menuOfItsOwn.products[0]!.id, quantity: 1 },
      { productId: menuOfItsOwn.soldOut.id, quantity: 1 },
    ];

    const soldOut = await post(
      aPlaceOrderRequest(menuOfItsOwn, { lines }),
      anIdempotencyKey(),
      menuOfItsOwn,
    );
    const unknown = await post(
      aPlaceOrderRequest(menuOfItsOwn, {
        lines: [{ productId: menu.products[0]!.id, quantity: 1 }],
      }),
      anIdempotencyKey(),
      menuOfItsOwn,
    );

    expect(soldOut.status).toBe(422);
    expect(soldOut.body).toMatchObject({ fields: [{ field: 'lines.1.productId' }] });
    expect(soldOut.body.type).toMatch(/product-unavailable$/);
    expect(unknown.body.type).toMatch(/product-not-found$/);
    expect(await countOrders(menuOfItsOwn.locationId)).toBe(0);
  });

  it('when the location does not exist, then answers 404 location-not-found', async () => {
    const res = await post(
      aPlaceOrderRequest(menu, { locationId: '01900000-0000-7000-8000-000000000000' }),
    );

    expect(res.status).toBe(404);
    expect(res.body.type).toMatch(/location-not-found$/);
  });
});

describe('GET /openapi.json of orders', () => {
  const env = new TestEnv();
  let orders: StartedApp<'orders'>;
  beforeAll(async () => {
    orders = await startApp(env, 'orders');
  });
  afterAll(() => orders.stop());

  it('when read, then documents the routes, the Idempotency-Key header and the events', async () => {
    const { body } = await call('GET', `${orders.url}/openapi.json`);

    const post = body.paths['/v1/orders'].post;
    expect(post.parameters).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'Idempotency-Key', in: 'header', required: true }),
      ]),
    );
    expect(Object.keys(body.components.schemas)).toEqual(
      expect.arrayContaining([
        'order.placed.v1',
        'order.items-fired.v1',
        'kitchen.ticket-created.v1',
        'PlaceOrderRequest',
      ]),
    );
    expect(body.info.description).toMatch(
      /Publishes: `order.placed.v1`, `order.lines-added.v1`, `order.items-fired.v1`/,
    );
  });
});
