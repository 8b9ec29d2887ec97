import { newId } from '../../../../libs/contracts/src';
import { TestEnv } from '../../../../libs/testing/src';
import { aSignedApproval, asStaff } from '../../../../test/support/builders';
import { call } from '../../../../test/support/http-client';
import { aLine, anOrder } from '../order-events';
import { startBillingWithMollie, type BillingWithMollie } from '../payments-harness';

describe('bills with service charges, discounts and payments in between', () => {
  const env = new TestEnv();
  let t: BillingWithMollie;
  let waiter: Record<string, string>;
  const bills = (orderId: string) => `${t.base}/v1/orders/${orderId}/bills`;
  const adjust = (billId: string, body: object, headers = waiter) =>
    call('POST', `${t.base}/v1/bills/${billId}/adjustments`, body, headers);

  beforeAll(async () => {
    t = await startBillingWithMollie(env);
    waiter = await asStaff(t.location.tenantId, ['waiter']);
    const manager = await asStaff(t.location.tenantId, ['manager']);
    const put = await call(
      'PUT',
      `${t.base}/v1/locations/${t.location.locationId}/billing-settings`,
      {
        timezone: 'Europe/Berlin',
        requireOpenRegister: false,
        serviceChargeBps: 1000,
        serviceChargeMinGuests: 8,
        discountApprovalAboveBps: 1000,
      },
      manager,
    );
    expect(put.status).toBe(200);
  });
  afterAll(() => t.stop());

  it('when a party of eight is billed, then every bill carries the 10 % service charge, with its VAT', async () => {
    const order = anOrder(t.location);
    const lines = [aLine(4, 2000, 'Schnitzel'), { ...aLine(2, 1500, 'Riesling'), taxRateBps: 700 }];
    await t.apply(order.placed(1, lines, 11_000), order.detailsChanged(2, { guestCount: 8 }));

    const res = await call('POST', bills(order.orderId), { kind: 'equal', count: 2 }, t.cashier);

    expect(res.status).toBe(201);
    expect(
      res.body.items.map((b: any) => [
        b.subtotal.amountMinor,
        b.serviceCharge.amountMinor,
        b.total.amountMinor,
      ]),
    ).toEqual([
      [5500, 550, 6050],
      [5500, 550, 6050],
    ]);
    // 4000 at 19 % + 275·(4000/5500)… per bill: the VAT of each rate's new gross.
    const bill = res.body.items[0];
    const taxes = Object.fromEntries(bill.taxes.map((x: any) => [x.rateBps, x.amount.amountMinor]));
    expect(taxes[1900]).toBe(Math.round((4400 * 1900) / 11_900));
    expect(taxes[700]).toBe(Math.round((1650 * 700) / 10_700));
  });

  it('when a waiter gives 10 % it is taken; above the threshold only with an approval, and the approver is kept', async () => {
    const { bill } = await t.aBill();

    const small = await adjust(bill.id, {
      discount: { percentBps: 1000 },
      reason: 'regular guest',
    });
    const big = await adjust(bill.id, { discount: { amountMinor: 1000 }, reason: 'hair in soup' });
    const approval = await aSignedApproval(t.location.tenantId, 'discount', bill.id);
    const approved = await adjust(
      bill.id,
      { discount: { amountMinor: 1000 }, reason: 'hair in soup' },
      { ...waiter, 'x-manager-approval': approval.token },
    );

    expect(small.body).toMatchObject({
      discount: { amountMinor: 324 },
      total: { amountMinor: 2916 },
    });
    expect(big.status).toBe(403);
    expect(big.body.type).toContain('approval-required');
    expect(approved.body).toMatchObject({
      discount: { amountMinor: 1000 },
      total: { amountMinor: 2240 },
    });
    const [stored] = await t.billing.app.platform.db.query<{ discount: object }>(
      'SELECT discount FROM bills WHERE id = $1',
      [bill.id],
    );
    expect(stored!.discount).toMatchObject({
      reason: 'hair in soup',
      approvedBy: approval.managerId,
    });
    const paid = await t.pay(bill.id, { method: 'cash' });
    expect(paid.body.amount.amountMinor).toBe(2240);
    const late = await adjust(bill.id, { discount: null, reason: 'changed my mind' });
    expect(late.status).toBe(409);
  });

  it('when half the table paid and more is ordered, then a new split bills only what is left, and the order is paid once all is', async () => {
    const order = anOrder(t.location);
    const first = [aLine(1, 1890, 'Schnitzel'), aLine(1, 1350, 'Spätzle')];
    await t.apply(order.placed(1, first, 3240));
    const split = await call(
      'POST',
      bills(order.orderId),
      { kind: 'items', bills: [[first[0]!.lineId], [first[1]!.lineId]] },
      t.cashier,
    );
    const [schnitzel, spaetzle] = split.body.items;
    await t.pay(schnitzel.id, { method: 'card', terminalReference: 'T-1' });
    const dessert = aLine(1, 790, 'Apfelstrudel');
    await t.apply(order.linesAdded(2, 2, [dessert], 3240 + 790));
    await t.pay(spaetzle.id, { method: 'mollie', redirectUrl: 'https://gasthaus.example/' });

    const refused = await call('POST', bills(order.orderId), { kind: 'whole' }, t.cashier);
    const [online] = t.mollie.payments().slice(-1);
    await t.mollie.setStatus(online!.id, 'canceled');
    await t.bus.waitForEvent('payment.failed.v1', (p: any) => p.billId === spaetzle.id);
    const rest = await call('POST', bills(order.orderId), { kind: 'whole' }, t.cashier);

    expect(refused.status).toBe(409);
    expect(refused.body.type).toContain('bill-has-payments');
    expect(rest.status).toBe(201);
    expect(rest.body.items).toHaveLength(1);
    expect(rest.body.items[0].total.amountMinor).toBe(1350 + 790);
    const listed = await call('GET', bills(order.orderId), undefined, t.cashier);
    expect(listed.body.items.map((b: any) => b.status)).toEqual(['paid', 'voided', 'open']);

    await t.pay(rest.body.items[0].id, { method: 'cash', tenderedMinor: 5000 });
    const paid = await t.bus.waitForEvent('order.paid.v1', (p: any) => p.orderId === order.orderId);
    expect(paid.payload).toMatchObject({ paid: { amountMinor: 3240 + 790 } });
  });

  it('when a bill is made at half past midnight on New Year, Berlin time, then it belongs to the new year', async () => {
    const { deps } = t.billing.app;
    const clock = deps.clock;
    deps.clock = { now: () => new Date('2026-12-31T23:30:00Z') };
    try {
      const { bill } = await t.aBill();
      expect(bill).toMatchObject({ year: 2027, number: 1 });
    } finally {
      deps.clock = clock;
    }
  });

  it('when somebody else’s bill is paid, then it is not found', async () => {
    const { bill } = await t.aBill();
    const stranger = await asStaff(newId(), ['cashier']);
    const res = await t.pay(bill.id, { method: 'cash' }, newId(), stranger);
    expect(res.status).toBe(404);
  });
});
