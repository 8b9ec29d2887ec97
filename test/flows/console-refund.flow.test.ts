import { TestEnv, waitUntil } from '../../libs/testing/src';
import { startFiscalPosSimulator, type FiscalPosSimulator } from '../../simulators/fiscal-pos/src';
import { startMollieSimulator, type MollieSimulator } from '../../simulators/mollie/src';
import {
  aMenu,
  anIdempotencyKey,
  aPlaceOrderRequest,
  asStaff,
  asStorefront,
  type TestMenu,
} from '../support/builders';
import { call } from '../support/http-client';
import { consumersReady } from '../support/stack-helpers';
import { startApp, type StartedApp } from '../support/stack';

/**
 * A guest pays online, but the restaurant's fiscal register refuses the bill: the money is
 * taken and no receipt can be made. The push lands in the console as a permanent failure;
 * the operator refunds (a double click), Mollie refunds once, and the order's trace shows
 * every step from the order to the refund. Another tenant's operator sees none of it.
 */
describe('a paid order the fiscal POS refuses, refunded from the console', () => {
  const env = new TestEnv();
  let orders: StartedApp<'orders'>;
  let billing: StartedApp<'billing'>;
  let posAdapter: StartedApp<'pos-adapter'>;
  let console_: StartedApp<'console'>;
  let mollie: MollieSimulator;
  let pos: FiscalPosSimulator;
  let menu: TestMenu;

  beforeAll(async () => {
    mollie = await startMollieSimulator({ webhookRetryDelaysMs: [200] });
    pos = await startFiscalPosSimulator({ behaviour: { mode: 'reject' } });
    [orders, billing, posAdapter] = await Promise.all([
      startApp(env, 'orders'),
      startApp(env, 'billing', {
        MOLLIE_API_ENDPOINT: mollie.apiEndpoint,
        MOLLIE_API_KEY: mollie.apiKey,
        MOLLIE_TRUST_ANY_CERTIFICATE: 'true',
      }),
      startApp(env, 'pos-adapter', { FISCAL_POS_URL: pos.url, PUSH_ATTEMPTS: '3' }),
    ]);
    console_ = await startApp(env, 'console', { POS_ADAPTER_URL: posAdapter.url });
    // The console traces what it hears from its first subscription on: wait for it.
    await consumersReady(
      env,
      'console.all-events',
      'billing.order-events',
      'pos-adapter.billing-events',
    );
    menu = await aMenu(orders.app.platform.db);
  });
  afterAll(async () => {
    await Promise.all([orders.stop(), billing.stop(), posAdapter.stop(), console_.stop()]);
    await Promise.all([mollie.stop(), pos.stop()]);
  });

  it('when the operator refunds the refused bill, then Mollie refunds once and the trace tells the whole story', async () => {
    const cashier = await asStaff(menu.tenantId, ['cashier']);
    const operator = await asStaff(menu.tenantId, ['operator']);
    const placed = await call('POST', `${orders.url}/v1/orders`, aPlaceOrderRequest(menu), {
      ...asStorefront(menu),
      'Idempotency-Key': anIdempotencyKey(),
    });
    const orderId = placed.body.id as string;
    const [bill] = await waitUntil(
      async () => {
        const res = await call(
          'POST',
          `${billing.url}/v1/orders/${orderId}/bills`,
          { kind: 'whole' },
          cashier,
        );
        return res.status === 201 ? res.body.items : undefined;
      },
      { what: 'billing to know the order' },
    );
    const payment = await call(
      'POST',
      `${billing.url}/v1/bills/${bill.id}/payments`,
      { method: 'mollie', redirectUrl: 'https://gasthaus.example/danke' },
      { ...cashier, 'Idempotency-Key': anIdempotencyKey() },
    );
    expect(payment.status).toBe(201);
    await mollie.setStatus(payment.body.molliePaymentId, 'paid');

    const failure = await waitUntil(
      async () =>
        (await call('GET', `${console_.url}/v1/failures?orderId=${orderId}`, undefined, operator))
          .body.items[0],
      { what: 'the refused push in the console', timeoutMs: 30_000 },
    );
    expect(failure).toMatchObject({
      source: 'fiscal-push',
      service: 'pos-adapter',
      cause: 'permanent',
      status: 'open',
      tenantId: menu.tenantId,
      actions: ['resend', 'refund', 'discard'],
    });
    const stranger = await asStaff((await aMenu(orders.app.platform.db)).tenantId, ['operator']);
    const seen = await call(
      'GET',
      `${console_.url}/v1/failures?orderId=${orderId}`,
      undefined,
      stranger,
    );
    expect(seen.body.items).toEqual([]);
    const theirTrace = await call(
      'GET',
      `${console_.url}/v1/orders/${orderId}/trace`,
      undefined,
      stranger,
    );
    expect(theirTrace.body.items).toEqual([]);

    const clicks = await Promise.all(
      [1, 2].map(() =>
        call(
          'POST',
          `${console_.url}/v1/failures/${failure.id}/actions`,
          {
            action: 'refund',
            reason: 'the register refuses the bill; guest refunded',
            occurrence: failure.occurrences,
          },
          operator,
        ),
      ),
    );

    expect(clicks.map((c) => c.status).sort()).toEqual([200, 409]);
    const refunded = await waitUntil(
      () => {
        const paid = mollie.payments().find((p) => p.id === payment.body.molliePaymentId);
        return paid && paid.refunds.length > 0 ? paid : undefined;
      },
      { what: 'the refund at Mollie', timeoutMs: 20_000 },
    );
    const trace = await waitUntil(
      async () => {
        const res = await call(
          'GET',
          `${console_.url}/v1/orders/${orderId}/trace`,
          undefined,
          operator,
        );
        const names = res.body.items.map((t: { name: string }) => t.name);
        return names.includes('payment.refunded.v1') ? res.body.items : undefined;
      },
      { what: 'the refund in the trace' },
    );
    expect(refunded.refunds).toHaveLength(1);
    const names: string[] = trace.map((t: { name: string }) => t.name);
    const order = [
      'order.placed.v1',
      'payment.paid.v1',
      'pos.push-failed.v1',
      'refund',
      'pos.refund-requested.v1',
      'payment.refunded.v1',
    ];
    expect(names).toEqual(expect.arrayContaining(order));
    const positions = order.map((n) => names.indexOf(n));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(trace.find((t: { kind: string }) => t.kind === 'action').summary).toContain(
      'refund requested from billing',
    );
  });
});
