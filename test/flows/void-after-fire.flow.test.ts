import { TestEnv, waitUntil } from '../../libs/testing/src';
import { aMenu, anIdempotencyKey, asStaff, type TestMenu } from '../support/builders';
import { call } from '../support/http-client';
import { startApp, type StartedApp } from '../support/stack';

/**
 * A Schnitzel comes back after the kitchen had it: the waiter cannot cancel it alone; with
 * the manager's approval (asked for on the waiter's tablet) the stock comes back, the
 * kitchen strikes it on its ticket, and the order's log says who did it and who approved.
 */
describe('a cancel after fire, across orders and kitchen', () => {
  const env = new TestEnv();
  let orders: StartedApp<'orders'>;
  let kitchen: StartedApp<'kitchen'>;
  let menu: TestMenu;
  let manager: Record<string, string>;
  let waiter: Record<string, string>;
  const managerLogin = { email: 'chefin@gasthaus.test', password: 'sehr-geheim-1234' };

  beforeAll(async () => {
    [orders, kitchen] = await Promise.all([startApp(env, 'orders'), startApp(env, 'kitchen')]);
    menu = await aMenu(orders.app.platform.db);
    const admin = await asStaff(menu.tenantId, ['admin']);
    const created = await call(
      'POST',
      `${orders.url}/v1/staff-users`,
      { ...managerLogin, name: 'Chefin', roles: ['manager'], locationIds: null },
      admin,
    );
    expect(created.status).toBe(201);
    manager = await asStaff(menu.tenantId, ['manager']);
    waiter = await asStaff(menu.tenantId, ['waiter']);
  });
  afterAll(() => Promise.all([orders.stop(), kitchen.stop()]));

  it('when the waiter cancels without and then with the manager’s approval, then only the approved cancel goes through, everywhere', async () => {
    const url = (path: string) => `${orders.url}${path}`;
    const veal = await call('POST', url('/v1/ingredients'), { name: 'Kalb', unit: 'pc' }, manager);
    await call(
      'PUT',
      url(`/v1/products/${menu.products[0]!.id}/recipe`),
      { ingredients: [{ ingredientId: veal.body.id, quantity: 1 }] },
      manager,
    );
    await call(
      'POST',
      url('/v1/stock/movements'),
      { locationId: menu.locationId, ingredientId: veal.body.id, kind: 'receive', quantity: 10 },
      { ...manager, 'Idempotency-Key': anIdempotencyKey() },
    );
    const order = await call(
      'POST',
      url('/v1/orders'),
      {
        locationId: menu.locationId,
        type: 'dine_in',
        channel: 'pos',
        tableLabel: '5',
        lines: [{ productId: menu.products[0]!.id, quantity: 2 }],
      },
      { ...waiter, 'Idempotency-Key': anIdempotencyKey() },
    );
    const line = order.body.lines[0];
    const ticketItem = async () =>
      (
        await call(
          'GET',
          `${kitchen.url}/v1/tickets?orderId=${order.body.id}`,
          undefined,
          await asStaff(menu.tenantId, ['kitchen']),
        )
      ).body.items[0]?.items[0];
    await waitUntil(async () => (await ticketItem()) !== undefined, { what: 'the ticket' });
    const onHand = async () =>
      (await call('GET', url(`/v1/stock?locationId=${menu.locationId}`), undefined, manager)).body
        .items[0].onHand;
    const cancel = (headers: Record<string, string>) =>
      call(
        'POST',
        url(`/v1/orders/${order.body.id}/lines/${line.id}/void`),
        { reason: 'quality', note: 'zäh', quantity: 1 },
        headers,
      );

    const alone = await cancel(waiter);
    const approval = await call(
      'POST',
      url('/v1/approvals'),
      { action: 'cancel-item', subjectId: line.id, ...managerLogin },
      waiter,
    );
    const approved = await cancel({
      ...waiter,
      'x-manager-approval': approval.body.approvalToken,
    });

    expect(alone.status).toBe(403);
    expect(approved.status).toBe(200);
    expect(await onHand()).toBe(9);
    await waitUntil(async () => (await ticketItem()).voidedQuantity === 1, {
      what: 'the kitchen striking one unit',
    });
    const log = await call('GET', url(`/v1/orders/${order.body.id}/events`), undefined, manager);
    expect(log.body.items.at(-1)).toMatchObject({
      type: 'order.item-cancelled',
      reason: 'quality',
      approvedBy: approval.body.managerId,
      data: { quantity: 1, note: 'zäh' },
    });
  });
});
