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
import { aStorefrontKey, someTables, type TestTable } from '../../../../test/support/tables';

/**
 * The Friday-night table: a party of five at table 7. Two guests scan the QR code and order
 * on their phones, the waiter takes two orders on the POS, and one is phoned in for the
 * table. All at once, as on a busy evening.
 */
describe('the Friday-night table', () => {
  const env = new TestEnv();
  let orders: StartedApp<'orders'>;
  let menu: TestMenu;
  let table: TestTable;
  const url = (path: string) => `${orders.url}${path}`;
  const order = (headers: Record<string, string>, body: Record<string, unknown>) =>
    call(
      'POST',
      url('/v1/orders'),
      { locationId: menu.locationId, type: 'dine_in', ...body },
      { ...headers, 'Idempotency-Key': anIdempotencyKey() },
    );

  beforeAll(async () => {
    orders = await startApp(env, 'orders');
    menu = await aMenu(orders.app.platform.db);
    [table] = (await someTables(orders.url, menu, ['7'])) as [TestTable];
  });
  afterAll(() => orders.stop());

  it('when five guests order through QR, the waiter and the phone at once, then there is one session, one tab, and every line keeps its source', async () => {
    const waiter = await asStaff(menu.tenantId, ['waiter']);
    const phone = await aStorefrontKey(orders.app.platform.db, menu, 'phone');
    const scan = () =>
      call(
        'POST',
        url('/v1/table-sessions/join'),
        { tableToken: table.qrToken },
        asStorefront(menu),
      );
    const [anna, ben] = await Promise.all([scan(), scan()]);
    expect(anna.status).toBe(200);
    expect(ben.body.token).toBe(anna.body.token);
    const [p1, p2, p3, p4, p5] = menu.products as [any, any, any, any, any];

    const answers = await Promise.all([
      order(asStorefront(menu), {
        channel: 'qr',
        tableSessionToken: anna.body.token,
        lines: [{ productId: p1.id, quantity: 1, seat: 1 }],
      }),
      order(asStorefront(menu), {
        channel: 'qr',
        tableSessionToken: ben.body.token,
        lines: [{ productId: p2.id, quantity: 1, seat: 2 }],
      }),
      order(waiter, {
        channel: 'pos',
        tableId: table.id,
        guestCount: 5,
        lines: [
          { productId: p3.id, quantity: 1, seat: 3 },
          { productId: p4.id, quantity: 1, seat: 4 },
        ],
      }),
      order(phone, {
        channel: 'phone',
        tableId: table.id,
        lines: [{ productId: p5.id, quantity: 1, seat: 5, notes: 'kommt 10 Minuten später' }],
      }),
    ]);

    expect(answers.map((a) => a.status)).toEqual([201, 201, 201, 201]);
    expect(new Set(answers.map((a) => a.body.id)).size).toBe(1);
    const manager = await asStaff(menu.tenantId, ['manager']);
    const session = await call(
      'GET',
      url(`/v1/table-sessions/${anna.body.id}`),
      undefined,
      manager,
    );
    expect(session.body).toMatchObject({ status: 'open', tableId: table.id });
    const tabs = await call(
      'GET',
      url(`/v1/orders?tableSessionId=${anna.body.id}`),
      undefined,
      manager,
    );
    expect(tabs.body.items).toHaveLength(1);
    const tab = tabs.body.items[0];
    expect(tab).toMatchObject({ tableLabel: '7', tableSessionId: anna.body.id, rounds: 4 });
    const sourceBySeat = Object.fromEntries(tab.lines.map((l: any) => [l.seat, l.source]));
    expect(sourceBySeat).toEqual({ 1: 'qr', 2: 'qr', 3: 'pos', 4: 'pos', 5: 'phone' });
    expect(tab.total.amountMinor).toBe(
      [p1, p2, p3, p4, p5].reduce((sum, p) => sum + p.priceMinor, 0),
    );
  });

  it('when a guest sends an old or foreign session token, then the order is refused naming the token', async () => {
    const res = await order(asStorefront(menu), {
      channel: 'qr',
      tableSessionToken: 'x'.repeat(43),
      lines: [{ productId: menu.products[0]!.id, quantity: 1 }],
    });

    expect(res.status).toBe(422);
    expect(res.body.fields[0].field).toBe('tableSessionToken');
  });

  it('when a client sends its own unit price, then the server’s price is what is charged', async () => {
    const schnitzel = menu.products[0]!;

    const res = await order(asStorefront(menu), {
      channel: 'qr',
      tableLabel: 'Terrasse',
      lines: [
        { productId: schnitzel.id, quantity: 2, displayedUnitPriceMinor: 1, unitPriceMinor: 1 },
      ],
      total: { amountMinor: 2, currency: 'EUR' },
    });

    expect(res.status).toBe(201);
    expect(res.body.lines[0].unitPrice.amountMinor).toBe(schnitzel.priceMinor);
    expect(res.body.total.amountMinor).toBe(2 * schnitzel.priceMinor);
  });
});
