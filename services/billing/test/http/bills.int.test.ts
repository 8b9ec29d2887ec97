import { newId } from '../../../../libs/contracts/src';
import { TestEnv } from '../../../../libs/testing/src';
import { asStaff } from '../../../../test/support/builders';
import { call } from '../../../../test/support/http-client';
import { startBilling, type Billing } from '../billing-harness';
import { aLine, anOrder } from '../order-events';

describe('splitting an order into bills', () => {
  const env = new TestEnv();
  let billing: Billing;
  const location = { tenantId: newId(), locationId: newId() };
  const url = (orderId: string) => `${billing.billing.url}/v1/orders/${orderId}/bills`;
  /** An order of three lines at the location (seats 1, 2 and a shared bottle), applied. */
  const anOpenOrder = async () => {
    const order = anOrder(location);
    const lines = [
      { ...aLine(1, 1890, 'Schnitzel'), seat: 1 },
      { ...aLine(1, 1350, 'Spätzle'), seat: 2 },
      { ...aLine(1, 2901, 'Riesling'), taxRateBps: 1900 },
    ];
    await billing.apply(order.placed(1, lines, 1890 + 1350 + 2901));
    return { order, lines };
  };
  let cashier: Record<string, string>;

  beforeAll(async () => {
    billing = await startBilling(env);
    cashier = await asStaff(location.tenantId, ['cashier']);
  });
  afterAll(() => billing.stop());

  it('when split by seat, then the bills add up to the order to the cent, the shared bottle halved', async () => {
    const { order } = await anOpenOrder();

    const res = await call('POST', url(order.orderId), { kind: 'seats' }, cashier);

    expect(res.status).toBe(201);
    expect(res.body.items.map((b: any) => [b.label, b.total.amountMinor])).toEqual([
      ['seat 1', 1890 + 1451],
      ['seat 2', 1350 + 1450],
    ]);
    const taxes = res.body.items.flatMap((b: any) => b.taxes.map((t: any) => t.amount.amountMinor));
    expect(taxes.reduce((s: number, t: number) => s + t, 0)).toBe(
      Math.round(((1890 + 1350 + 2901) * 1900) / 11_900),
    );
  });

  it('when bills are made and made again, then numbers run on without a gap and the first ones are voided', async () => {
    const first = await anOpenOrder();
    const second = await anOpenOrder();

    const a = await call('POST', url(first.order.orderId), { kind: 'equal', count: 3 }, cashier);
    const b = await call('POST', url(second.order.orderId), { kind: 'whole' }, cashier);
    const again = await call(
      'POST',
      url(first.order.orderId),
      { kind: 'equal', count: 2 },
      cashier,
    );
    const listed = await call('GET', url(first.order.orderId), undefined, cashier);

    const numbers = [a, b, again].flatMap((r) => r.body.items.map((x: any) => x.number));
    expect(numbers).toEqual(Array.from({ length: 6 }, (_, i) => numbers[0] + i));
    expect(listed.body.items.map((x: any) => x.status)).toEqual([
      'voided',
      'voided',
      'voided',
      'open',
      'open',
    ]);
    expect(listed.body.stale).toBe(false);
  });

  it('when a split does not fit, then 422 names the field and no number is used up', async () => {
    const { order } = await anOpenOrder();
    const before = await call('POST', url(order.orderId), { kind: 'whole' }, cashier);

    const bad = await call(
      'POST',
      url(order.orderId),
      { kind: 'percent', bps: [6000, 3000] },
      cashier,
    );
    const after = await call('POST', url(order.orderId), { kind: 'whole' }, cashier);

    expect(bad.status).toBe(422);
    expect(bad.body.fields[0].field).toBe('bps');
    expect(after.body.items[0].number).toBe(before.body.items[0].number + 1);
  });

  it('when the order changes after the split, then its bills show as stale', async () => {
    const { order, lines } = await anOpenOrder();
    await call('POST', url(order.orderId), { kind: 'whole' }, cashier);

    await billing.apply(order.comped(2, { line: lines[1]!, quantity: 1 }, 1890 + 2901));

    const listed = await call('GET', url(order.orderId), undefined, cashier);
    expect(listed.body.stale).toBe(true);
  });

  it('when another tenant’s admin splits our order, then it answers 404', async () => {
    const { order } = await anOpenOrder();

    const stranger = await call(
      'POST',
      url(order.orderId),
      { kind: 'whole' },
      await asStaff(newId(), ['admin']),
    );

    expect(stranger.status).toBe(404);
  });
});
