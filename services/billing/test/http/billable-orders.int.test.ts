import { newId } from '../../../../libs/contracts/src';
import { TestEnv } from '../../../../libs/testing/src';
import { asStaff } from '../../../../test/support/builders';
import { call } from '../../../../test/support/http-client';
import { startBilling, type Billing } from '../billing-harness';
import { aLine, anOrder, type TestOrder } from '../order-events';

describe('GET /v1/billable-orders/:orderId', () => {
  const env = new TestEnv();
  let billing: Billing;
  let order: TestOrder;
  const get = (orderId: string, headers: Record<string, string>) =>
    call('GET', `${billing.billing.url}/v1/billable-orders/${orderId}`, undefined, headers);

  beforeAll(async () => {
    billing = await startBilling(env);
    order = anOrder();
    const [spaetzle, schorle] = [aLine(2, 1350), aLine(1, 390)];
    await billing.apply(
      order.placed(1, [spaetzle, schorle], 3090),
      order.comped(2, { line: schorle, quantity: 1 }, 2700),
      order.detailsChanged(3, { guestCount: 4, alias: 'Fenster' }),
    );
  });
  afterAll(() => billing.stop());

  it('when staff of the location ask, then it answers the lines with their state, the status, guest count and version', async () => {
    const res = await get(
      order.orderId,
      await asStaff(order.tenantId, ['waiter'], [order.locationId]),
    );

    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      orderId: order.orderId,
      orderNumber: order.orderNumber,
      status: 'open',
      type: 'dine_in',
      tableLabel: '12',
      guestCount: 4,
      alias: 'Fenster',
      mergedIntoOrderId: null,
      total: { amountMinor: 2700, currency: 'EUR' },
      version: 3,
    });
    expect(
      res.body.lines.map((l: any) => [l.quantity, l.status, l.comped, l.charged.amountMinor]),
    ).toEqual([
      [2, 'active', false, 2700],
      [1, 'active', true, 0],
    ]);
  });

  it.each([
    ['staff of another tenant', () => asStaff(newId())],
    ['staff of another location', () => asStaff(order.tenantId, ['manager'], [newId()])],
  ])('when %s ask, then it answers 404 as for a missing order', async (_who, headers) => {
    const res = await get(order.orderId, await headers());

    expect(res.status).toBe(404);
    expect(res.body.type).toMatch(/not-found$/);
  });

  it('when the order is unknown, then it answers 404', async () => {
    const res = await get(newId(), await asStaff(order.tenantId));

    expect(res.status).toBe(404);
  });

  it.each([
    ['a storefront API key', { 'x-api-key': 'bk_storefront' }],
    ['no credentials', {}],
  ])('when called with %s, then it answers 401 (staff only)', async (_how, headers) => {
    const res = await get(order.orderId, headers);

    expect(res.status).toBe(401);
  });
});
