import {
  OrderPaidV1,
  KitchenItemStatusChangedV1,
  KitchenTicketCreatedV1,
  newId,
} from '../../../../libs/contracts/src';
import { BusProbe, TestEnv, waitUntil } from '../../../../libs/testing/src';
import {
  aManagerApproval,
  aMenu,
  anIdempotencyKey,
  asStaff,
  asStorefront,
  type TestMenu,
} from '../../../../test/support/builders';
import { call } from '../../../../test/support/http-client';
import { startApp, type StartedApp } from '../../../../test/support/stack';
import { someTables } from '../../../../test/support/tables';

describe('an order through the evening: rounds, courses, kitchen, voids, comps, payment', () => {
  const env = new TestEnv();
  let orders: StartedApp<'orders'>;
  let bus: BusProbe;
  let menu: TestMenu;
  let waiter: Record<string, string>;
  let manager: Record<string, string>;
  const url = (path: string) => `${orders.url}${path}`;
  const schnitzel = () => menu.products[0]!;
  const schorle = () => menu.products[2]!;

  /** A POS order at a free-text table; lines default to 2 Schnitzel and 1 Schorle. */
  const placeOrder = async (lines?: unknown[]) => {
    const res = await call(
      'POST',
      url('/v1/orders'),
      {
        locationId: menu.locationId,
        type: 'dine_in',
        channel: 'pos',
        tableLabel: 'Bar 3',
        lines: lines ?? [
          { productId: schnitzel().id, quantity: 2 },
          { productId: schorle().id, quantity: 1 },
        ],
      },
      { ...waiter, 'Idempotency-Key': anIdempotencyKey() },
    );
    expect(res.status).toBe(201);
    return res.body as { id: string; lines: { id: string }[] } & Record<string, any>;
  };
  const post = (path: string, body: unknown, headers = waiter) =>
    call('POST', url(path), body, headers);
  const getOrder = async (id: string) =>
    (await call('GET', url(`/v1/orders/${id}`), undefined, waiter)).body;
  const kitchenEvent = <P>(create: (ctx: any, p: P) => any, payload: P) =>
    bus.publish(
      create(
        {
          tenantId: menu.tenantId,
          locationId: menu.locationId,
          aggregateId: newId(),
          aggregateVersion: 1,
          correlationId: newId(),
        },
        payload,
      ),
    );
  /** The payload of the first event of `type` that matches. */
  const published = async (type: string, match: (p: any) => boolean): Promise<any> =>
    (await bus.waitForEvent(type, match)).payload;
  const setAutoFire = (on: boolean) =>
    orders.app.platform.db.query('UPDATE locations SET auto_fire = $2 WHERE id = $1', [
      menu.locationId,
      on,
    ]);

  beforeAll(async () => {
    orders = await startApp(env, 'orders');
    bus = await BusProbe.start(env.run.amqpUrl, `${env.amqpPrefix}brigade.events`);
    menu = await aMenu(orders.app.platform.db);
    waiter = await asStaff(menu.tenantId, ['waiter']);
    manager = await asStaff(menu.tenantId, ['manager']);
  });
  afterEach(() => setAutoFire(true));
  afterAll(async () => {
    await bus.stop();
    await orders.stop();
  });

  describe('rounds', () => {
    it('when a round is posted twice with one Idempotency-Key, then it is added once and replayed', async () => {
      const order = await placeOrder();
      const key = anIdempotencyKey();
      const round = { lines: [{ productId: schorle().id, quantity: 2, notes: 'ohne Eis' }] };

      const first = await call('POST', url(`/v1/orders/${order.id}/rounds`), round, {
        ...waiter,
        'Idempotency-Key': key,
      });
      const again = await call('POST', url(`/v1/orders/${order.id}/rounds`), round, {
        ...waiter,
        'Idempotency-Key': key,
      });

      expect(first.status).toBe(201);
      expect(again.status).toBe(201);
      expect(again.headers.get('idempotent-replayed')).toBe('true');
      const stored = await getOrder(order.id);
      expect(stored.rounds).toBe(2);
      expect(stored.lines).toHaveLength(3);
      expect(stored.lines[2]).toMatchObject({ round: 2, source: 'pos', notes: 'ohne Eis' });
      expect(stored.total.amountMinor).toBe(2 * schnitzel().priceMinor + 3 * schorle().priceMinor);
      await bus.waitForEvent('order.lines-added.v1', (p: any) => p.orderId === order.id);
      expect(
        bus.all(
          (m: any) => m.body.type === 'order.lines-added.v1' && m.body.payload.orderId === order.id,
        ),
      ).toHaveLength(1);
    });

    it('when a round names a product not on the menu, then answers 422 naming the line and adds nothing', async () => {
      const order = await placeOrder();

      const res = await call(
        'POST',
        url(`/v1/orders/${order.id}/rounds`),
        {
          lines: [
            { productId: schorle().id, quantity: 1 },
            { productId: newId(), quantity: 1 },
          ],
        },
        { ...waiter, 'Idempotency-Key': anIdempotencyKey() },
      );

      expect(res.status).toBe(422);
      expect(res.body.fields).toEqual([expect.objectContaining({ field: 'lines.1.productId' })]);
      expect((await getOrder(order.id)).lines).toHaveLength(2);
    });
  });

  describe('courses and firing', () => {
    it('when a later course is held, then only the first is fired, and firing the course sends the rest once', async () => {
      const order = await placeOrder([
        { productId: schorle().id, quantity: 1, course: 1 },
        { productId: schnitzel().id, quantity: 1, course: 2, hold: true, seat: 3 },
      ]);
      const [starter, main] = order.lines;
      const firstFire = await published('order.items-fired.v1', (p) => p.orderId === order.id);
      expect(firstFire.items.map((i: any) => i.lineId)).toEqual([starter!.id]);
      expect(order.lines[1]).toMatchObject({ held: true, firedAt: null });

      const fired = await post(`/v1/orders/${order.id}/fire`, { course: 2 });
      const again = await post(`/v1/orders/${order.id}/fire`, { course: 2 });

      expect(fired.status).toBe(200);
      expect(fired.body.lines[1]).toMatchObject({ held: false, firedAt: expect.any(String) });
      const second = await published(
        'order.items-fired.v1',
        (p) => p.orderId === order.id && p.items[0].lineId === main!.id,
      );
      expect(second.items[0]).toMatchObject({ course: 2, seat: 3, source: 'pos' });
      expect(again.status).toBe(422);
      expect(again.body.fields[0].field).toBe('course');
    });

    it('when the location does not auto-fire, then nothing reaches the kitchen until the waiter fires', async () => {
      await setAutoFire(false);
      const order = await placeOrder();
      expect(order.lines.every((l: any) => l.firedAt === null)).toBe(true);

      const fired = await post(`/v1/orders/${order.id}/fire`, {});

      expect(fired.status).toBe(200);
      const event = await published('order.items-fired.v1', (p) => p.orderId === order.id);
      expect(event.items).toHaveLength(2);
    });
  });

  describe('kitchen and billing drive the statuses', () => {
    it('when the kitchen reports tickets and item progress, then items only move forward and the order follows', async () => {
      const order = await placeOrder();
      const [a, b] = order.lines.map((l) => l.id) as [string, string];
      const ticketId = newId();
      await kitchenEvent(KitchenTicketCreatedV1.create, {
        ticketId,
        orderId: order.id,
        fireId: newId(),
        station: 'hot',
        lineIds: [a, b],
        createdAt: new Date().toISOString(),
      });
      await waitUntil(async () => (await getOrder(order.id)).status === 'sent_to_kitchen');

      const progress = (lineIds: string[], status: 'preparing' | 'ready' | 'served') =>
        kitchenEvent(KitchenItemStatusChangedV1.create, {
          ticketId,
          orderId: order.id,
          lineIds,
          status,
          changedAt: new Date().toISOString(),
        });
      await progress([a], 'served');
      await progress([a], 'preparing'); // late and out of order: must not move it back
      await progress([b], 'ready');
      await waitUntil(async () => (await getOrder(order.id)).lines[1].status === 'ready');

      const partly = await getOrder(order.id);
      expect(partly.status).toBe('partially_served');
      expect(partly.lines[0].status).toBe('served');

      await post(`/v1/orders/${order.id}/serve`, { lineIds: [b] });
      expect((await getOrder(order.id)).status).toBe('served');
    });

    it('when billing reports the order paid, then it is paid and cannot take another round', async () => {
      const order = await placeOrder();
      await kitchenEvent(OrderPaidV1.create, {
        orderId: order.id,
        paid: { amountMinor: order.total.amountMinor, currency: 'EUR' },
        paidAt: new Date().toISOString(),
      });
      await waitUntil(async () => (await getOrder(order.id)).status === 'paid');

      const round = await call(
        'POST',
        url(`/v1/orders/${order.id}/rounds`),
        { lines: [{ productId: schorle().id, quantity: 1 }] },
        { ...waiter, 'Idempotency-Key': anIdempotencyKey() },
      );

      expect(round.status).toBe(409);
      expect(round.body.type).toMatch(/order-closed$/);
    });
  });

  it('when billing reports a table’s tab paid, then the table session ends and the table waits to be cleared', async () => {
    const [table] = await someTables(orders.url, menu, ['Paid 1']);
    const placed = await call(
      'POST',
      url('/v1/orders'),
      {
        locationId: menu.locationId,
        type: 'dine_in',
        channel: 'pos',
        tableId: table!.id,
        lines: [{ productId: schorle().id, quantity: 2 }],
      },
      { ...waiter, 'Idempotency-Key': anIdempotencyKey() },
    );

    await kitchenEvent(OrderPaidV1.create, {
      orderId: placed.body.id,
      paid: placed.body.total,
      paidAt: new Date().toISOString(),
    });

    const session = async () =>
      (
        await call(
          'GET',
          url(`/v1/table-sessions/${placed.body.tableSessionId}`),
          undefined,
          waiter,
        )
      ).body;
    await waitUntil(async () => (await session()).status === 'closed');
    const table1 = await call('GET', url(`/v1/tables/${table!.id}`), undefined, waiter);
    expect(table1.body.status).toBe('dirty');
    expect((await getOrder(placed.body.id)).status).toBe('paid');
  });

  describe('voids, cancels and comps', () => {
    it('when a waiter voids an unfired line, then it is cancelled, not charged, announced and logged', async () => {
      await setAutoFire(false);
      const order = await placeOrder();
      const line = order.lines[1]!;

      const res = await post(`/v1/orders/${order.id}/lines/${line.id}/void`, {
        reason: 'guest_changed_mind',
      });

      expect(res.status).toBe(200);
      expect(res.body.lines[1]).toMatchObject({
        status: 'cancelled',
        voidReason: 'guest_changed_mind',
      });
      expect(res.body.total.amountMinor).toBe(2 * schnitzel().priceMinor);
      const event = await published('order.item-voided.v1', (p) => p.lineId === line.id);
      expect(event).toMatchObject({ afterFire: false, quantity: 1, approvedBy: null });
    });

    it('when a waiter cancels a fired line without a manager, then answers 403 and nothing changes', async () => {
      const order = await placeOrder();
      const line = order.lines[0]!;
      const wrongApproval = await aManagerApproval(
        menu.tenantId,
        'cancel-item',
        order.lines[1]!.id,
      );

      const bare = await post(`/v1/orders/${order.id}/lines/${line.id}/void`, {
        reason: 'quality',
      });
      const forAnotherLine = await post(
        `/v1/orders/${order.id}/lines/${line.id}/void`,
        { reason: 'quality' },
        { ...waiter, 'x-manager-approval': wrongApproval },
      );

      expect(bare.status).toBe(403);
      expect(bare.body.type).toMatch(/approval-required$/);
      expect(forAnotherLine.status).toBe(403);
      const stored = await getOrder(order.id);
      expect(stored.lines[0].status).not.toBe('cancelled');
      expect(stored.version).toBe(order.version);
    });

    it('when a waiter cancels one of two fired units with a manager’s approval, then the rest stays and the log says who approved', async () => {
      const order = await placeOrder();
      const line = order.lines[0]!;
      const approval = await aManagerApproval(menu.tenantId, 'cancel-item', line.id);

      const res = await post(
        `/v1/orders/${order.id}/lines/${line.id}/void`,
        { reason: 'quality', note: 'zu trocken', quantity: 1 },
        { ...waiter, 'x-manager-approval': approval },
      );

      expect(res.status).toBe(200);
      expect(res.body.lines[0]).toMatchObject({ id: line.id, quantity: 1, status: 'pending' });
      expect(res.body.lines[1]).toMatchObject({
        quantity: 1,
        status: 'cancelled',
        voidReason: 'quality',
      });
      expect(res.body.total.amountMinor).toBe(schnitzel().priceMinor + schorle().priceMinor);
      const event = await published('order.item-voided.v1', (p) => p.lineId === line.id);
      expect(event).toMatchObject({ afterFire: true, quantity: 1, note: 'zu trocken' });
      expect(event.approvedBy).toEqual(expect.any(String));
      const log = await call('GET', url(`/v1/orders/${order.id}/events`), undefined, manager);
      expect(log.body.items).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            type: 'order.item-cancelled',
            reason: 'quality',
            approvedBy: event.approvedBy,
            actor: expect.stringMatching(/^user:/),
          }),
        ]),
      );
    });

    it('when a waiter comps without a manager, then 403; when a manager comps, then it is free but still on the order', async () => {
      const order = await placeOrder();
      const line = order.lines[1]!;

      const byWaiter = await post(`/v1/orders/${order.id}/lines/${line.id}/comp`, {
        reason: 'long_wait',
      });
      const byManager = await post(
        `/v1/orders/${order.id}/lines/${line.id}/comp`,
        { reason: 'long_wait' },
        manager,
      );

      expect(byWaiter.status).toBe(403);
      expect(byManager.status).toBe(200);
      expect(byManager.body.lines[1]).toMatchObject({ comped: true, status: 'pending' });
      expect(byManager.body.total.amountMinor).toBe(2 * schnitzel().priceMinor);
      const event = await published('order.item-comped.v1', (p) => p.lineId === line.id);
      expect(event.value.amountMinor).toBe(schorle().priceMinor);
    });

    it('when a manager cancels a fired order, then every line is voided and the order is cancelled for good', async () => {
      const order = await placeOrder();

      const byWaiter = await post(`/v1/orders/${order.id}/cancel`, {
        reason: 'guest_changed_mind',
      });
      const byManager = await post(
        `/v1/orders/${order.id}/cancel`,
        { reason: 'guest_changed_mind' },
        manager,
      );

      expect(byWaiter.status).toBe(403);
      expect(byManager.status).toBe(200);
      expect(byManager.body).toMatchObject({ status: 'cancelled', total: { amountMinor: 0 } });
      await bus.waitForEvent('order.cancelled.v1', (p: any) => p.orderId === order.id);
      expect(
        bus.all(
          (m: any) => m.body.type === 'order.item-voided.v1' && m.body.payload.orderId === order.id,
        ),
      ).toHaveLength(2);
      const again = await post(`/v1/orders/${order.id}/cancel`, { reason: 'other' }, manager);
      expect(again.status).toBe(409);
    });
  });

  describe('reading', () => {
    it('when the event log is paged, then every change appears once, in version order, without gaps', async () => {
      await setAutoFire(false);
      const order = await placeOrder();
      await post(`/v1/orders/${order.id}/fire`, { lineIds: [order.lines[0]!.id] });
      await post(`/v1/orders/${order.id}/lines/${order.lines[1]!.id}/void`, {
        reason: 'wrong_item',
      });
      const versions: number[] = [];
      let cursor: string | null = null;
      do {
        const page: any = await call(
          'GET',
          url(`/v1/orders/${order.id}/events?limit=1${cursor ? `&cursor=${cursor}` : ''}`),
          undefined,
          manager,
        );
        expect(page.status).toBe(200);
        versions.push(...page.body.items.map((e: any) => e.version));
        cursor = page.body.nextCursor;
      } while (cursor);

      const final = await getOrder(order.id);
      expect(versions).toEqual(Array.from({ length: final.version }, (_, i) => i + 1));
    });

    it('when orders are listed, then staff page through them newest first and a storefront may not', async () => {
      const placed = [await placeOrder(), await placeOrder(), await placeOrder()];

      const first = await call(
        'GET',
        url(`/v1/orders?locationId=${menu.locationId}&limit=2`),
        undefined,
        waiter,
      );
      const second = await call(
        'GET',
        url(`/v1/orders?locationId=${menu.locationId}&limit=2&cursor=${first.body.nextCursor}`),
        undefined,
        waiter,
      );
      const asGuest = await call('GET', url('/v1/orders'), undefined, asStorefront(menu));
      const badCursor = await call('GET', url('/v1/orders?cursor=nonsense'), undefined, waiter);

      expect(first.body.items.map((o: any) => o.id)).toEqual([placed[2]!.id, placed[1]!.id]);
      expect(second.body.items[0].id).toBe(placed[0]!.id);
      expect(asGuest.status).toBe(403);
      expect(badCursor.status).toBe(400);
      expect(badCursor.body.fields[0].field).toBe('query.cursor');
    });
  });
});
