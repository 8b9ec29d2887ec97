import {
  newId,
  OrderFiscalizedV1,
  PosRefundRequestedV1,
  type FiscalReceipt,
} from '../../../../libs/contracts/src';
import { TestEnv, waitUntil } from '../../../../libs/testing/src';
import { call } from '../../../../test/support/http-client';
import { startBillingWithMollie, type BillingWithMollie } from '../payments-harness';

const redirectUrl = 'https://gasthaus.example/thanks';

/**
 * What comes back from the fiscal POS: the signed receipt lands on the bill, and a bill
 * an operator gave up on is refunded through Mollie, once, however often the request comes.
 */
describe('billing and the fiscal POS', () => {
  const env = new TestEnv();
  let t: BillingWithMollie;

  beforeAll(async () => {
    t = await startBillingWithMollie(env);
  });
  afterAll(() => t.stop());

  async function aPaidBill() {
    const { bill, order } = await t.aBill();
    const { body: payment } = await t.pay(bill.id, {
      method: 'mollie',
      tipMinor: 200,
      redirectUrl,
    });
    await t.mollie.setStatus(payment.molliePaymentId, 'paid');
    await t.bus.waitForEvent('bill.paid.v1', (p: { billId: string }) => p.billId === bill.id);
    return { bill, order, payment };
  }

  const billsOf = (orderId: string) =>
    call('GET', `${t.base}/v1/orders/${orderId}/bills`, undefined, t.cashier);
  const ctx = (aggregateId: string) => ({
    ...t.location,
    aggregateId,
    aggregateVersion: 1,
    correlationId: newId(),
  });

  it('when a bill is paid, then bill.paid.v1 carries its lines, taxes and payments for the register', async () => {
    const { bill, payment } = await aPaidBill();

    const [paid] = t.published('bill.paid.v1', (p) => p.billId === bill.id);

    expect(paid!.payload).toMatchObject({
      lines: [
        { name: 'Schnitzel', quantity: 1, amount: { amountMinor: 1890 } },
        { name: 'Spätzle', quantity: 1, amount: { amountMinor: 1350 } },
      ],
      payments: [
        {
          paymentId: payment.id,
          method: 'mollie',
          amount: { amountMinor: 3240 },
          tip: { amountMinor: 200 },
        },
      ],
      taxes: [expect.objectContaining({ rateBps: expect.any(Number) })],
    });
  });

  it('when the bill is fiscalized, then its receipt shows on the bill, the first one kept', async () => {
    const { bill, order } = await aPaidBill();
    const receipt: FiscalReceipt = {
      transactionNumber: 812,
      signatureCounter: 1624,
      signature: 'c2lnbmVkIGJ5IHRoZSBUU0U=',
      deviceSerial: 'a1b2c3',
      clientId: 'KASSE-1',
      startedAt: new Date().toISOString(),
      finishedAt: new Date().toISOString(),
      qrCode: 'V0;KASSE-1;Kassenbeleg-V1;812',
    };
    const pushId = newId();
    const fiscalized = (r: FiscalReceipt) =>
      OrderFiscalizedV1.create(ctx(pushId), {
        pushId,
        orderId: order.orderId,
        billId: bill.id,
        posOrderId: 'ls_1',
        receipt: r,
        fiscalizedAt: new Date().toISOString(),
      });

    await t.bus.publish(fiscalized(receipt));
    await t.bus.publish(fiscalized({ ...receipt, transactionNumber: 999 }));

    await waitUntil(
      async () => {
        const res = await billsOf(order.orderId);
        return res.body.items[0]?.fiscalReceipt ? res.body.items[0] : undefined;
      },
      { what: 'the receipt on the bill' },
    );
    await waitUntil(async () => {
      const rows = await t.billing.app.platform.db.query(
        `SELECT 1 FROM inbox WHERE consumer = 'billing.pos-events'`,
      );
      return rows.length >= 2;
    });
    const res = await billsOf(order.orderId);
    expect(res.body.items[0].fiscalReceipt).toEqual(receipt);
  });

  it('when an operator asks to refund an unfiscalized bill twice, then Mollie refunds it once, in full', async () => {
    const { bill, order, payment } = await aPaidBill();
    const pushId = newId();
    const request = PosRefundRequestedV1.create(ctx(pushId), {
      pushId,
      orderId: order.orderId,
      billId: bill.id,
      reason: 'the POS refuses the item code',
      requestedBy: `user:${newId()}`,
      requestedAt: new Date().toISOString(),
    });

    await t.bus.publish(request);
    await t.bus.publish({ ...request, id: newId() });

    const refunded = await t.bus.waitForEvent<{
      paymentId: string;
      amount: { amountMinor: number };
    }>('payment.refunded.v1', (p) => p.paymentId === payment.id);
    expect(refunded.payload.amount.amountMinor).toBe(3440);
    await waitUntil(async () => {
      const rows = await t.billing.app.platform.db.query(
        `SELECT 1 FROM inbox WHERE consumer = 'billing.pos-events' AND message_id = ANY($1)`,
        [[request.id]],
      );
      return rows.length === 1;
    });
    await t.outboxDrained();
    const mollieRefunds = t.mollie
      .payments()
      .find((p) => p.id === payment.molliePaymentId)!.refunds;
    expect(mollieRefunds).toHaveLength(1);
    expect(t.published('payment.refunded.v1', (p) => p.paymentId === payment.id)).toHaveLength(1);
  });
});
