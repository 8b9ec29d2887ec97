import { newId } from '../../../../libs/contracts/src';
import { TestEnv } from '../../../../libs/testing/src';
import { aManagerApproval, asStaff } from '../../../../test/support/builders';
import { call } from '../../../../test/support/http-client';
import { aLine } from '../order-events';
import { startBillingWithMollie, type BillingWithMollie } from '../payments-harness';

describe('paying at the table in cash and by card', () => {
  const env = new TestEnv();
  let t: BillingWithMollie;
  let manager: Record<string, string>;
  let registerId: string;

  beforeAll(async () => {
    t = await startBillingWithMollie(env);
    manager = await asStaff(t.location.tenantId, ['manager']);
    const register = await call(
      'POST',
      `${t.base}/v1/locations/${t.location.locationId}/registers`,
      { name: 'Bar' },
      manager,
    );
    registerId = register.body.id;
    const session = await call(
      'POST',
      `${t.base}/v1/registers/${registerId}/sessions`,
      { openingFloatMinor: 10_000, denominations: [{ valueMinor: 2000, count: 5 }] },
      t.cashier,
    );
    expect(session.status).toBe(201);
  });
  afterAll(() => t.stop());

  it('when a guest pays 50 € cash on 32.40 € with a 2.60 € tip, then 15 € go back as change and the bill and order are paid', async () => {
    const { bill, order } = await t.aBill();

    const res = await t.pay(bill.id, { method: 'cash', tipMinor: 260, tenderedMinor: 5000 });

    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      status: 'paid',
      amount: { amountMinor: 3240 },
      tip: { amountMinor: 260 },
      tendered: { amountMinor: 5000 },
      change: { amountMinor: 1500 },
    });
    expect(res.body.registerSessionId).toEqual(expect.any(String));
    await t.bus.waitForEvent('order.paid.v1', (p: any) => p.orderId === order.orderId);
    const listed = await call(
      'GET',
      `${t.base}/v1/bills/${bill.id}/payments`,
      undefined,
      t.cashier,
    );
    expect(listed.body).toMatchObject({ billStatus: 'paid', due: { amountMinor: 0 } });
  });

  it('when a bill is paid partly by card and partly in cash, then it is paid only once both are in', async () => {
    const { bill, order } = await t.aBill([aLine(2, 2500, 'Rinderroulade')]);

    const card = await t.pay(bill.id, {
      method: 'card',
      amountMinor: 3000,
      terminalReference: 'T-4711',
    });
    const between = await call(
      'GET',
      `${t.base}/v1/bills/${bill.id}/payments`,
      undefined,
      t.cashier,
    );
    const tooMuch = await t.pay(bill.id, { method: 'cash', amountMinor: 2001 });
    const cash = await t.pay(bill.id, { method: 'cash', tenderedMinor: 2000 });

    expect(card.status).toBe(201);
    expect(between.body).toMatchObject({ billStatus: 'open', due: { amountMinor: 2000 } });
    expect(tooMuch.status).toBe(422);
    expect(tooMuch.body.fields[0].field).toBe('amountMinor');
    expect(cash.body).toMatchObject({ amount: { amountMinor: 2000 }, change: { amountMinor: 0 } });
    await t.bus.waitForEvent('order.paid.v1', (p: any) => p.orderId === order.orderId);
    await t.outboxDrained();
    expect(t.published('bill.paid.v1', (p) => p.billId === bill.id)).toHaveLength(1);
  });

  it('when too little cash is handed over, or the same tender is sent twice, then nothing is paid twice', async () => {
    const { bill } = await t.aBill();
    const key = newId();

    const short = await t.pay(bill.id, { method: 'cash', tenderedMinor: 3000 });
    const first = await t.pay(bill.id, { method: 'cash', tenderedMinor: 4000 }, key);
    const replay = await t.pay(bill.id, { method: 'cash', tenderedMinor: 4000 }, key);

    expect(short.status).toBe(422);
    expect(short.body.fields[0].field).toBe('tenderedMinor');
    expect(replay.body.id).toBe(first.body.id);
    await t.bus.waitForEvent('payment.paid.v1', (p: any) => p.paymentId === first.body.id);
    await t.outboxDrained();
    expect(t.published('payment.paid.v1', (p) => p.billId === bill.id)).toHaveLength(1);
  });

  it('when somebody not signed in tries to record cash, then it is refused and nothing is paid', async () => {
    const { bill } = await t.aBill();
    const anonymous = await t.pay(bill.id, { method: 'cash' }, newId(), {});
    expect(anonymous.status).toBe(401);
    await t.outboxDrained();
    expect(t.published('payment.paid.v1', (p) => p.billId === bill.id)).toHaveLength(0);
  });

  it('when the cash payment is refunded in part by a waiter without approval, then it is refused; with one, the cash goes out of the register', async () => {
    const { bill } = await t.aBill();
    const { body: payment } = await t.pay(bill.id, { method: 'cash' });
    const waiter = await asStaff(t.location.tenantId, ['waiter']);
    const refund = (headers: Record<string, string>) =>
      call(
        'POST',
        `${t.base}/v1/payments/${payment.id}/refunds`,
        { amountMinor: 1350, reason: 'Spätzle never came' },
        { ...headers, 'idempotency-key': newId() },
      );

    const refused = await refund(waiter);
    const approved = await refund({
      ...waiter,
      'x-manager-approval': await aManagerApproval(t.location.tenantId, 'refund', payment.id),
    });

    expect(refused.status).toBe(403);
    expect(approved.status).toBe(201);
    expect(approved.body).toMatchObject({ method: 'cash', status: 'refunded' });
    await t.bus.waitForEvent('payment.refunded.v1', (p: any) => p.paymentId === payment.id);
    await t.outboxDrained();
    expect(t.published('payment.refunded.v1', (p) => p.paymentId === payment.id)).toHaveLength(1);
  });
});
