import { newId } from '../../../../libs/contracts/src';
import { TestEnv, waitUntil } from '../../../../libs/testing/src';
import { asStaff } from '../../../../test/support/builders';
import { call } from '../../../../test/support/http-client';
import { startBillingWithMollie, type BillingWithMollie } from '../payments-harness';

const redirectUrl = 'https://gasthaus.example/thanks';

describe('reconciling payments whose webhooks never came', () => {
  const env = new TestEnv();
  let t: BillingWithMollie;

  beforeAll(async () => {
    t = await startBillingWithMollie(env, {
      RECONCILE_EVERY_MS: '200',
      RECONCILE_QUIET_FOR_MS: '0',
    });
  });
  afterAll(() => t.stop());
  afterEach(() => t.mollie.reset());

  const statusOf = async (paymentId: string) => (await t.payment(paymentId)).body;

  it('when a payment is paid at Mollie and no webhook ever arrives, then reconciliation finds it and settles the bill', async () => {
    const { bill, order } = await t.aBill();
    const { body: payment } = await t.pay(bill.id, { method: 'mollie', redirectUrl });
    t.mollie.webhooks.mode('drop');

    await t.mollie.setStatus(payment.molliePaymentId, 'paid');

    await t.bus.waitForEvent('order.paid.v1', (p: any) => p.orderId === order.orderId, 15_000);
    await t.outboxDrained();
    expect((await statusOf(payment.id)).status).toBe('paid');
    expect(t.published('payment.paid.v1', (p) => p.paymentId === payment.id)).toHaveLength(1);
    expect(
      t.mollie.webhooks.delivered().filter((w) => w.paymentId === payment.molliePaymentId),
    ).toHaveLength(0);
  });

  it('when the process died before storing the Mollie payment and the guest never retried, then reconciliation attaches the same Mollie payment', async () => {
    const { bill } = await t.aBill();
    const provider = t.billing.app.deps.provider;
    const create = provider.createPayment;
    provider.createPayment = async (input) => {
      provider.createPayment = create;
      await create(input);
      throw new Error('killed after Mollie answered, before anything was stored');
    };

    const crashed = await t.pay(bill.id, { method: 'mollie', redirectUrl }, newId());
    expect(crashed.status).toBe(500);
    const [created] = t.mollie.payments();
    const paymentId = created!.metadata!.paymentId as string;

    const attached = await waitUntil(
      async () => {
        const p = await statusOf(paymentId);
        return p.molliePaymentId ? p : undefined;
      },
      { what: 'the Mollie payment attached', timeoutMs: 15_000 },
    );
    expect(attached).toMatchObject({ molliePaymentId: created!.id, status: 'open' });
    expect(t.mollie.payments()).toHaveLength(1);
  });

  it('when Mollie is down as a refund is asked for, then the refund waits reserved and is made once when Mollie is back, and followed until refunded', async () => {
    const { bill } = await t.aBill();
    const { body: payment } = await t.pay(bill.id, { method: 'mollie', redirectUrl });
    await t.mollie.setStatus(payment.molliePaymentId, 'paid');
    await waitUntil(async () => (await statusOf(payment.id)).status === 'paid', { what: 'paid' });
    const manager = await asStaff(t.location.tenantId, ['manager']);
    // Enough failures for the request's three tries and the reconciler's meanwhile.
    t.mollie.failNext(12, { method: 'POST', path: /refunds$/ });

    const down = await call(
      'POST',
      `${t.base}/v1/payments/${payment.id}/refunds`,
      { amountMinor: 1000, reason: 'wine was corked' },
      { ...manager, 'idempotency-key': newId() },
    );
    const overReserved = await call(
      'POST',
      `${t.base}/v1/payments/${payment.id}/refunds`,
      { amountMinor: 2241, reason: 'everything' },
      { ...manager, 'idempotency-key': newId() },
    );

    expect(down.status).toBe(502);
    expect(overReserved.status).toBe(422);
    await waitUntil(() => t.mollie.payments()[0]!.refunds.length === 1, {
      what: 'the refund made by reconciliation',
      timeoutMs: 15_000,
    });
    t.mollie.settleRefunds();
    const refunded = await waitUntil(
      async () => {
        const p = await statusOf(payment.id);
        return p.refunds[0]?.status === 'refunded' ? p : undefined;
      },
      { what: 'the refund followed to refunded', timeoutMs: 15_000 },
    );
    expect(refunded.refunded.amountMinor).toBe(1000);
    expect(t.mollie.payments()[0]!.refunds).toHaveLength(1);
  });
});
