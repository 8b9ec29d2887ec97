import { newId } from '../../../../libs/contracts/src';
import { TestEnv, waitUntil } from '../../../../libs/testing/src';
import { asStaff } from '../../../../test/support/builders';
import { call } from '../../../../test/support/http-client';
import { startBillingWithMollie, type BillingWithMollie } from '../payments-harness';

const redirectUrl = 'https://gasthaus.example/thanks';

describe('paying a bill online through Mollie', () => {
  const env = new TestEnv();
  let t: BillingWithMollie;

  beforeAll(async () => {
    t = await startBillingWithMollie(env);
  });
  afterAll(() => t.stop());
  afterEach(() => t.mollie.reset());

  const paidEvents = (paymentId: string) =>
    t.published('payment.paid.v1', (p) => p.paymentId === paymentId);
  const statusOf = async (paymentId: string) => (await t.payment(paymentId)).body.status as string;

  it('when the guest pays on the checkout page, then the payment, the bill and the order are paid, each announced once', async () => {
    const { bill, order } = await t.aBill();

    const res = await t.pay(bill.id, { method: 'mollie', tipMinor: 260, redirectUrl });

    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'open', amount: { amountMinor: 3240 } });
    expect(res.body.checkoutUrl).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/checkout\/tr_/);
    expect(t.mollie.payments()[0]).toMatchObject({ amount: { value: '35.00', currency: 'EUR' } });

    await t.mollie.setStatus(res.body.molliePaymentId, 'paid');

    await t.bus.waitForEvent('order.paid.v1', (p: any) => p.orderId === order.orderId);
    await t.outboxDrained();
    expect(await statusOf(res.body.id)).toBe('paid');
    expect(paidEvents(res.body.id)).toHaveLength(1);
    const billPaid = t.published('bill.paid.v1', (p) => p.billId === bill.id);
    expect(billPaid).toHaveLength(1);
    expect(billPaid[0]!.payload).toMatchObject({ tips: { amountMinor: 260 } });
  });

  it('when the same webhook comes 10 times at once and 10 times in a row, then the payment is paid once and announced once', async () => {
    const { bill } = await t.aBill();
    const { body: payment } = await t.pay(bill.id, { method: 'mollie', redirectUrl });
    const before = (await t.mollie.requests()).length;
    t.mollie.webhooks.mode({ duplicate: 10 });

    await t.mollie.setStatus(payment.molliePaymentId, 'paid');
    await t.webhooksApplied(10);
    for (let i = 0; i < 10; i++)
      expect((await t.webhook(payment.molliePaymentId)).status).toBe(200);
    await t.webhooksApplied(20);
    await t.outboxDrained();

    expect(await statusOf(payment.id)).toBe('paid');
    expect(paidEvents(payment.id)).toHaveLength(1);
    expect(t.published('bill.paid.v1', (p) => p.billId === bill.id)).toHaveLength(1);
    // Each webhook was answered by asking Mollie: nothing in it was trusted.
    expect((await t.mollie.requests()).length - before).toBeGreaterThanOrEqual(20);
  });

  it('when a webhook names a payment nobody knows, then it is answered 200 and nothing changes', async () => {
    const { bill } = await t.aBill();
    const { body: payment } = await t.pay(bill.id, { method: 'mollie', redirectUrl });

    const unknown = await t.webhook('tr_doesnotexist');
    const garbage = await t.webhook('not-a-payment-id');
    const open = await t.webhook(payment.molliePaymentId);

    expect([unknown.status, garbage.status, open.status]).toEqual([200, 200, 200]);
    await t.webhooksApplied(3);
    await t.outboxDrained();
    expect(await statusOf(payment.id)).toBe('open');
    expect(t.published('payment.failed.v1', (p) => p.paymentId === payment.id)).toHaveLength(0);
    expect(paidEvents(payment.id)).toHaveLength(0);
  });

  it('when webhooks arrive out of order, then a late "open" never undoes "paid"', async () => {
    const { bill } = await t.aBill();
    const { body: payment } = await t.pay(bill.id, { method: 'mollie', redirectUrl });
    t.mollie.webhooks.mode('hold');
    await t.mollie.setStatus(payment.molliePaymentId, 'pending');
    await t.mollie.setStatus(payment.molliePaymentId, 'paid');

    await t.mollie.webhooks.release('reverse');

    await waitUntil(async () => (await statusOf(payment.id)) === 'paid', { what: 'paid' });
    await t.webhooksApplied(2);
    expect(await statusOf(payment.id)).toBe('paid');
  });

  it('when Mollie answers 5xx twice and then succeeds, then one Mollie payment exists', async () => {
    const { bill } = await t.aBill();
    t.mollie.failNext(2, { method: 'POST', path: /\/v2\/payments$/ });

    const res = await t.pay(bill.id, { method: 'mollie', redirectUrl });

    expect(res.status).toBe(201);
    expect(t.mollie.payments().filter((p) => p.metadata?.paymentId === res.body.id)).toHaveLength(
      1,
    );
    const keys = (await t.mollie.requests())
      .filter((r) => r.method === 'POST' && r.path === '/v2/payments')
      .map((r) => r.idempotencyKey);
    expect(keys).toHaveLength(3);
    expect(new Set(keys).size).toBe(1);
  });

  it('when Mollie stays down, then the guest gets 502 and the retry with the same key makes one payment', async () => {
    const { bill } = await t.aBill();
    const key = newId();
    t.mollie.failNext(3, { method: 'POST', path: /\/v2\/payments$/ });

    const down = await t.pay(bill.id, { method: 'mollie', redirectUrl }, key);
    const retried = await t.pay(bill.id, { method: 'mollie', redirectUrl }, key);

    expect(down.status).toBe(502);
    expect(down.body.type).toContain('payment-provider-unavailable');
    expect(retried.status).toBe(201);
    expect(retried.headers.get('idempotent-replayed')).toBe('true');
    expect(t.mollie.payments()).toHaveLength(1);
  });

  it('when the process dies between creating the Mollie payment and storing it, then the retry reuses the key and finds the same payment', async () => {
    const { bill } = await t.aBill();
    const provider = t.billing.app.deps.provider;
    const create = provider.createPayment;
    provider.createPayment = async (input) => {
      await create(input);
      throw new Error('killed after Mollie answered, before anything was stored');
    };
    const key = newId();
    const crashed = await t.pay(bill.id, { method: 'mollie', redirectUrl }, key).finally(() => {
      provider.createPayment = create;
    });

    const retried = await t.pay(bill.id, { method: 'mollie', redirectUrl }, key);

    expect(crashed.status).toBe(500);
    expect(retried.status).toBe(201);
    expect(t.mollie.payments()).toHaveLength(1);
    expect(retried.body.molliePaymentId).toBe(t.mollie.payments()[0]!.id);
  });

  it('when the guest asks to pay again while a checkout is open, then they get the same checkout, and a reused key with another body is refused', async () => {
    const { bill } = await t.aBill();
    const key = newId();
    const first = await t.pay(bill.id, { method: 'mollie', redirectUrl }, key);
    const again = await t.pay(bill.id, { method: 'mollie', redirectUrl });
    const reused = await t.pay(bill.id, { method: 'mollie', redirectUrl, tipMinor: 100 }, key);

    expect(again.body.id).toBe(first.body.id);
    expect(again.body.checkoutUrl).toBe(first.body.checkoutUrl);
    expect(reused.status).toBe(422);
    expect(reused.body.type).toContain('idempotency-key-reused');
    expect(t.mollie.payments()).toHaveLength(1);
  });

  it('when a paid payment is refunded in part twice with the same key and then too much, then Mollie refunds once and the excess is refused', async () => {
    const { bill } = await t.aBill();
    const { body: payment } = await t.pay(bill.id, { method: 'mollie', redirectUrl });
    await t.mollie.setStatus(payment.molliePaymentId, 'paid');
    await waitUntil(async () => (await statusOf(payment.id)) === 'paid', { what: 'paid' });
    const manager = await asStaff(t.location.tenantId, ['manager']);
    const refund = (body: object, key: string) =>
      call('POST', `${t.base}/v1/payments/${payment.id}/refunds`, body, {
        ...manager,
        'idempotency-key': key,
      });
    const key = newId();

    const first = await refund({ amountMinor: 1890, reason: 'Schnitzel was cold' }, key);
    const again = await refund({ amountMinor: 1890, reason: 'Schnitzel was cold' }, key);
    const tooMuch = await refund({ amountMinor: 1351, reason: 'and the rest' }, newId());

    expect(first.status).toBe(201);
    expect(again.body.id).toBe(first.body.id);
    expect(tooMuch.status).toBe(422);
    expect(tooMuch.body.type).toContain('refund-exceeds-payment');
    expect(t.mollie.payments()[0]!.refunds).toHaveLength(1);
    expect((await t.payment(payment.id)).body.refunded.amountMinor).toBe(1890);
    await t.bus.waitForEvent('payment.refunded.v1', (p: any) => p.paymentId === payment.id);
    await t.outboxDrained();
    expect(t.published('payment.refunded.v1', (p) => p.paymentId === payment.id)).toHaveLength(1);
  });
});
