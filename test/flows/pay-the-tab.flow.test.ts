import { TestEnv, waitUntil } from '../../libs/testing/src';
import { startMollieSimulator, type MollieSimulator } from '../../simulators/mollie/src';
import { aMenu, anIdempotencyKey, asStaff, type TestMenu } from '../support/builders';
import { call } from '../support/http-client';
import { startApp, type StartedApp } from '../support/stack';
import { aStorefrontKey, someTables } from '../support/tables';

/**
 * Table 4 pays: the waiter splits the tab in two, one guest pays on the phone through
 * Mollie (the QR storefront's key exchanged at orders for a token billing accepts; Mollie's
 * webhooks come twice), the other in cash; only when both are in does orders
 * mark the tab paid, end the table's session and ask for the table to be cleared.
 */
describe('paying a table’s tab, across orders, billing and Mollie', () => {
  const env = new TestEnv();
  let orders: StartedApp<'orders'>;
  let billing: StartedApp<'billing'>;
  let mollie: MollieSimulator;
  let menu: TestMenu;
  let waiter: Record<string, string>;

  beforeAll(async () => {
    mollie = await startMollieSimulator({ webhookRetryDelaysMs: [200] });
    [orders, billing] = await Promise.all([
      startApp(env, 'orders'),
      startApp(env, 'billing', {
        MOLLIE_API_ENDPOINT: mollie.apiEndpoint,
        MOLLIE_API_KEY: mollie.apiKey,
        MOLLIE_TRUST_ANY_CERTIFICATE: 'true',
      }),
    ]);
    menu = await aMenu(orders.app.platform.db);
    waiter = await asStaff(menu.tenantId, ['waiter']);
  });
  afterAll(async () => {
    await Promise.all([orders.stop(), billing.stop()]);
    await mollie.stop();
  });

  it('when one guest pays online and the other in cash, then the tab is paid once and the table waits to be cleared', async () => {
    const [table] = await someTables(orders.url, menu, ['4']);
    const placed = await call(
      'POST',
      `${orders.url}/v1/orders`,
      {
        locationId: menu.locationId,
        type: 'dine_in',
        channel: 'pos',
        tableId: table!.id,
        lines: [
          { productId: menu.products[0]!.id, quantity: 1, seat: 1 },
          { productId: menu.products[1]!.id, quantity: 1, seat: 2 },
        ],
      },
      { ...waiter, 'Idempotency-Key': anIdempotencyKey() },
    );
    expect(placed.status).toBe(201);
    const split = await waitUntil(
      async () => {
        const res = await call(
          'POST',
          `${billing.url}/v1/orders/${placed.body.id}/bills`,
          { kind: 'seats' },
          waiter,
        );
        return res.status === 201 ? res.body.items : undefined;
      },
      { what: 'billing to know the order' },
    );
    const pay = (billId: string, body: object) =>
      call('POST', `${billing.url}/v1/bills/${billId}/payments`, body, {
        ...waiter,
        'Idempotency-Key': anIdempotencyKey(),
      });

    const qrKey = await aStorefrontKey(orders.app.platform.db, menu, 'qr');
    const exchanged = await call(
      'POST',
      `${orders.url}/v1/auth/storefront-token`,
      undefined,
      qrKey,
    );
    const asGuest = (body: object) =>
      call('POST', `${billing.url}/v1/bills/${split[0].id}/payments`, body, {
        authorization: `Bearer ${exchanged.body.token}`,
        'Idempotency-Key': anIdempotencyKey(),
      });
    const refused = await asGuest({ method: 'cash' });
    const online = await asGuest({ method: 'mollie', redirectUrl: 'https://example.org/' });
    expect(exchanged.status).toBe(200);
    expect(refused.status).toBe(403);
    expect(online.status).toBe(201);
    mollie.webhooks.mode({ duplicate: 2 });
    await mollie.setStatus(online.body.molliePaymentId, 'paid');
    const getOrder = async () =>
      (await call('GET', `${orders.url}/v1/orders/${placed.body.id}`, undefined, waiter)).body;
    await waitUntil(
      async () =>
        (await call('GET', `${billing.url}/v1/payments/${online.body.id}`, undefined, waiter)).body
          .status === 'paid',
      { what: 'the online payment applied' },
    );
    const halfway = await getOrder();
    await pay(split[1].id, { method: 'cash', tenderedMinor: 10_000 });

    expect(halfway.status).not.toBe('paid');
    await waitUntil(async () => (await getOrder()).status === 'paid', { what: 'the tab paid' });
    const session = await call(
      'GET',
      `${orders.url}/v1/table-sessions/${placed.body.tableSessionId}`,
      undefined,
      waiter,
    );
    const tableNow = await call('GET', `${orders.url}/v1/tables/${table!.id}`, undefined, waiter);
    expect(session.body.status).toBe('closed');
    expect(tableNow.body.status).toBe('dirty');
  });
});
