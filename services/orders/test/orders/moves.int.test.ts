import { BusProbe, TestEnv } from '../../../../libs/testing/src';
import {
  aMenu,
  anIdempotencyKey,
  asStaff,
  asStorefront,
  type TestMenu,
} from '../../../../test/support/builders';
import { call } from '../../../../test/support/http-client';
import { startApp, type StartedApp } from '../../../../test/support/stack';
import { someTables, type TestTable } from '../../../../test/support/tables';

describe('moving orders between tables: transfer, split, merge', () => {
  const env = new TestEnv();
  let orders: StartedApp<'orders'>;
  let bus: BusProbe;
  let menu: TestMenu;
  let waiter: Record<string, string>;
  let tables: TestTable[];
  let nextTable = 0;
  const url = (path: string) => `${orders.url}${path}`;
  const freeTable = () => tables[nextTable++]!;
  const seat = async (table: TestTable, guestCount: number, quantities = [2, 1, 3]) => {
    const res = await call(
      'POST',
      url('/v1/orders'),
      {
        locationId: menu.locationId,
        type: 'dine_in',
        channel: 'pos',
        tableId: table.id,
        guestCount,
        lines: quantities.map((quantity, i) => ({ productId: menu.products[i]!.id, quantity })),
      },
      { ...waiter, 'Idempotency-Key': anIdempotencyKey() },
    );
    expect(res.status).toBe(201);
    return res.body;
  };
  const getOrder = async (id: string) =>
    (await call('GET', url(`/v1/orders/${id}`), undefined, waiter)).body;
  /** Where each of these lines lives now: line id → order ids holding it. */
  const homesOf = async (lineIds: string[]) => {
    const rows = await orders.app.platform.db.query<{ id: string; order_id: string }>(
      'SELECT id, order_id FROM order_items WHERE id = ANY($1::uuid[])',
      [lineIds],
    );
    const homes = new Map<string, string[]>();
    for (const r of rows) homes.set(r.id, [...(homes.get(r.id) ?? []), r.order_id]);
    return homes;
  };

  beforeAll(async () => {
    orders = await startApp(env, 'orders');
    bus = await BusProbe.start(env.run.amqpUrl, `${env.amqpPrefix}brigade.events`);
    menu = await aMenu(orders.app.platform.db);
    waiter = await asStaff(menu.tenantId, ['waiter']);
    tables = await someTables(orders.url, menu, [
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      '10',
      '11',
    ]);
  });
  afterAll(async () => {
    await bus.stop();
    await orders.stop();
  });

  it('when a whole party moves to a free table, then the order changes table and the old table is left dirty', async () => {
    const [from, to] = [freeTable(), freeTable()];
    const order = await seat(from, 4);

    const res = await call(
      'POST',
      url(`/v1/orders/${order.id}/transfer`),
      { tableId: to.id },
      waiter,
    );

    expect(res.status).toBe(200);
    expect(res.body.to).toMatchObject({ id: order.id, tableLabel: to.number });
    expect(res.body.to.tableSessionId).not.toBe(order.tableSessionId);
    const floor = await call(
      'GET',
      url(`/v1/floor?locationId=${menu.locationId}`),
      undefined,
      waiter,
    );
    const statusOf = (n: string) => floor.body.tables.find((t: any) => t.number === n)?.status;
    expect(statusOf(from.number)).toBe('dirty');
    expect(statusOf(to.number)).toBe('occupied');
  });

  it('when some lines move to a table with its own tab, then every line exists exactly once and the totals add up', async () => {
    const [a, b] = [freeTable(), freeTable()];
    const source = await seat(a, 3);
    const target = await seat(b, 2, [1]);
    const moving = [source.lines[0].id, source.lines[2].id];
    const allLines = [...source.lines, ...target.lines].map((l: any) => l.id);

    const res = await call(
      'POST',
      url(`/v1/orders/${source.id}/transfer`),
      { tableId: b.id, lineIds: moving, guestCount: 1 },
      waiter,
    );

    expect(res.status).toBe(200);
    expect(res.body.to.id).toBe(target.id);
    const homes = await homesOf(allLines);
    expect([...homes.values()].every((h) => h.length === 1)).toBe(true);
    expect(homes.size).toBe(allLines.length);
    expect(moving.map((id) => homes.get(id)![0])).toEqual([target.id, target.id]);
    const [after, into] = [await getOrder(source.id), await getOrder(target.id)];
    expect(after.total.amountMinor + into.total.amountMinor).toBe(
      source.total.amountMinor + target.total.amountMinor,
    );
    expect([after.guestCount, into.guestCount]).toEqual([2, 3]);
    const moved = await bus.waitForEvent(
      'order.lines-moved.v1',
      (p: any) => p.toOrderId === target.id,
    );
    expect(moved.payload).toMatchObject({
      kind: 'transfer',
      fromOrderId: source.id,
      lineIds: moving,
    });
  });

  it('when a party splits to a free table, then a new tab opens there with its guests and lines', async () => {
    const [a, b] = [freeTable(), freeTable()];
    const source = await seat(a, 6);

    const res = await call(
      'POST',
      url(`/v1/orders/${source.id}/split`),
      { tableId: b.id, lineIds: [source.lines[1].id], guestCount: 2 },
      waiter,
    );

    expect(res.status).toBe(200);
    expect(res.body.to).toMatchObject({ tableLabel: b.number, guestCount: 2, status: 'draft' });
    expect(res.body.to.id).not.toBe(source.id);
    expect(res.body.to.lines.map((l: any) => l.id)).toEqual([source.lines[1].id]);
    expect(res.body.from.guestCount).toBe(4);
    const log = await call('GET', url(`/v1/orders/${res.body.to.id}/events`), undefined, waiter);
    expect(log.body.items[0]).toMatchObject({
      type: 'order.opened-by-move',
      data: { kind: 'split' },
    });
  });

  it('when tables are pushed together, then the merged orders’ lines live once in the parent and a QR scan at the merged table joins it', async () => {
    const [a, b, c] = [freeTable(), freeTable(), freeTable()];
    const parent = await seat(a, 2);
    const others = [await seat(b, 2, [1]), await seat(c, 3, [2, 2])];
    const allLines = [parent, ...others].flatMap((o) => o.lines.map((l: any) => l.id));

    const res = await call(
      'POST',
      url(`/v1/orders/${parent.id}/merge`),
      { orderIds: others.map((o) => o.id) },
      waiter,
    );

    expect(res.status).toBe(200);
    expect(res.body.lines.map((l: any) => l.id).sort()).toEqual([...allLines].sort());
    expect(res.body.guestCount).toBe(7);
    const homes = await homesOf(allLines);
    expect([...homes.values()].every((h) => h.length === 1 && h[0] === parent.id)).toBe(true);
    for (const other of others) {
      expect(await getOrder(other.id)).toMatchObject({
        status: 'cancelled',
        cancelReason: 'merged',
        mergedIntoOrderId: parent.id,
        lines: [],
      });
    }
    const scan = await call(
      'POST',
      url('/v1/table-sessions/join'),
      { tableToken: c.qrToken },
      asStorefront(menu),
    );
    expect(scan.body.id).toBe(parent.tableSessionId);
  });

  it('when a merge names another tenant’s or a closed order, then nothing moves and the field is named', async () => {
    const [a, b] = [freeTable(), freeTable()];
    const parent = await seat(a, 2);
    const other = await seat(b, 2, [1]);
    const stranger = await aMenu(orders.app.platform.db);
    const theirs = await call(
      'POST',
      url('/v1/orders'),
      {
        locationId: stranger.locationId,
        type: 'take_out',
        channel: 'qr',
        lines: [{ productId: stranger.products[0]!.id, quantity: 1 }],
      },
      { ...asStorefront(stranger), 'Idempotency-Key': anIdempotencyKey() },
    );

    const res = await call(
      'POST',
      url(`/v1/orders/${parent.id}/merge`),
      { orderIds: [other.id, theirs.body.id] },
      waiter,
    );

    expect(res.status).toBe(422);
    expect(res.body.fields).toEqual([expect.objectContaining({ field: 'orderIds.1' })]);
    expect((await getOrder(other.id)).status).not.toBe('cancelled');
    expect((await homesOf([other.lines[0].id])).get(other.lines[0].id)).toEqual([other.id]);
  });
});
