import { newId } from '../../../../libs/contracts/src';
import { TestEnv } from '../../../../libs/testing/src';
import { asStaff } from '../../../../test/support/builders';
import { call } from '../../../../test/support/http-client';
import { startBilling, type Billing } from '../billing-harness';
import { insertBill, insertOrder, insertPayment, insertRefund } from '../fiscal-rows';

/** VAT contained in a gross amount, the way German receipts state it. */
const vat = (gross: number, rateBps: number) => Math.round((gross * rateBps) / (10_000 + rateBps));
const eur = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });

describe('GET /v1/fiscal-days/:id/z-report', () => {
  const env = new TestEnv();
  let billing: Billing;
  const owner = { tenantId: newId(), locationId: newId() };
  let manager: Record<string, string>;
  let dayId: string;
  let bar: string;
  let terrace: string;
  /** Bill 101, the one payments hang on. */
  let paidBill: { billId: string; orderId: string };
  const base = () => billing.billing.url;
  const db = () => billing.billing.app.platform.db;
  const report = (query = '', headers: Record<string, string> = {}) =>
    call('GET', `${base()}/v1/fiscal-days/${dayId}/z-report${query}`, undefined, {
      ...manager,
      ...headers,
    });

  /**
   * A day of three bills (one open), a voided bill and one of no day; payments in cash, by
   * card and online; refunds; two register sessions, one of them with movements.
   */
  beforeAll(async () => {
    billing = await startBilling(env);
    manager = await asStaff(owner.tenantId, ['manager']);
    const day = await call(
      'POST',
      `${base()}/v1/locations/${owner.locationId}/fiscal-days`,
      undefined,
      manager,
    );
    dayId = day.body.id;
    const register = async (name: string, floatMinor: number) => {
      const r = await call(
        'POST',
        `${base()}/v1/locations/${owner.locationId}/registers`,
        { name },
        manager,
      );
      const s = await call(
        'POST',
        `${base()}/v1/registers/${r.body.id}/sessions`,
        {
          openingFloatMinor: floatMinor,
          denominations: floatMinor ? [{ valueMinor: 1000, count: floatMinor / 1000 }] : [],
        },
        manager,
      );
      return s.body.id as string;
    };
    bar = await register('Bar', 10_000);
    terrace = await register('Terrace', 0);

    const a = await insertOrder(db(), owner, [
      { totalMinor: 5000, taxRateBps: 1900, source: 'pos' },
      { totalMinor: 2000, taxRateBps: 700, source: 'qr' },
      { totalMinor: 1500, taxRateBps: 1900, source: 'pos', status: 'cancelled' },
      { totalMinor: 800, taxRateBps: 700, source: 'qr', comped: true },
    ]);
    const b = await insertOrder(db(), owner, [
      { totalMinor: 3000, taxRateBps: 1900, source: 'phone' },
      { totalMinor: 1000, taxRateBps: 1900, source: 'web' },
    ]);
    const c = await insertOrder(db(), owner, [
      { totalMinor: 2500, taxRateBps: 1900, source: 'pos' },
    ]);
    const noDay = await insertOrder(db(), owner, [{ totalMinor: 9999, source: 'kiosk' }]);
    const line = (o: typeof a, i: number) => ({
      lineId: o.lines[i]!.lineId,
      amountMinor: o.lines[i]!.total.amountMinor,
      taxRateBps: o.lines[i]!.taxRateBps,
    });
    const a1 = await insertBill(db(), owner, {
      orderId: a.orderId,
      fiscalDayId: dayId,
      status: 'paid',
      number: 101,
      lines: [line(a, 0), line(a, 1)],
      taxes: [
        [700, vat(2000, 700)],
        [1900, vat(5000, 1900)],
      ],
    });
    paidBill = { billId: a1.id, orderId: a.orderId };
    await insertBill(db(), owner, {
      orderId: b.orderId,
      fiscalDayId: dayId,
      status: 'paid',
      number: 102,
      discountMinor: 400,
      lines: [line(b, 0), line(b, 1)],
      taxes: [[1900, vat(3600, 1900)]],
    });
    await insertBill(db(), owner, {
      orderId: c.orderId,
      fiscalDayId: dayId,
      status: 'open',
      number: 103,
      serviceChargeMinor: 250,
      lines: [line(c, 0)],
      taxes: [[1900, vat(2750, 1900)]],
    });
    await insertBill(db(), owner, {
      orderId: b.orderId,
      fiscalDayId: dayId,
      status: 'voided',
      number: 104,
      lines: [line(b, 0)],
      taxes: [[1900, vat(3000, 1900)]],
    });
    await db().query('UPDATE bills SET fiscal_day_id = NULL WHERE id = $1', [
      (
        await insertBill(db(), owner, {
          orderId: noDay.orderId,
          fiscalDayId: dayId,
          status: 'paid',
          number: 100,
          lines: [line(noDay, 0)],
          taxes: [[1900, vat(9999, 1900)]],
        })
      ).id,
    ]);

    const pay = (
      method: 'cash' | 'card' | 'mollie',
      status: string,
      amountMinor: number,
      tipMinor = 0,
    ) =>
      insertPayment(db(), owner, {
        ...paidBill,
        fiscalDayId: dayId,
        method,
        status,
        amountMinor,
        tipMinor,
        changeMinor: method === 'cash' ? 200 : undefined,
        registerSessionId: method === 'cash' ? bar : null,
      });
    const cash = await pay('cash', 'paid', 7000, 300);
    await pay('cash', 'paid', 500);
    await pay('card', 'paid', 3600, 400);
    const online = await pay('mollie', 'paid', 1000);
    await pay('mollie', 'failed', 2750);
    const refund = (
      paymentId: string,
      method: 'cash' | 'mollie',
      status: string,
      amountMinor: number,
    ) =>
      insertRefund(db(), owner, {
        paymentId,
        fiscalDayId: dayId,
        method,
        status,
        amountMinor,
        registerSessionId: method === 'cash' ? bar : null,
      });
    await refund(cash, 'cash', 'refunded', 500);
    await refund(online, 'mollie', 'refunded', 300);
    await refund(online, 'mollie', 'failed', 100);
    const movement = (kind: string, amountMinor: number) =>
      call(
        'POST',
        `${base()}/v1/register-sessions/${bar}/movements`,
        { kind, amountMinor },
        manager,
      );
    await movement('safe_drop', 5000);
    await movement('tips_out', 300);
  });
  afterAll(() => billing.stop());

  const barExpected = 10_000 + (7000 + 300 + 500) - 500 - 5000 - 300;
  const sales = 7000 + (4000 - 400) + (2500 + 250);
  const tax700 = vat(2000, 700);
  const tax1900 = vat(5000, 1900) + vat(3600, 1900) + vat(2750, 1900);

  it('when the day is open, then the running X report shows every figure so far, flagged not final', async () => {
    const res = await report();

    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      final: false,
      fiscalDay: { id: dayId, number: 1, locationId: owner.locationId, closedAt: null },
      currency: 'EUR',
      bills: { count: 3, first: { year: 2024, number: 101 }, last: { year: 2024, number: 103 } },
      sales: {
        gross: eur(sales),
        tax: eur(tax700 + tax1900),
        net: eur(sales - tax700 - tax1900),
        byTaxRate: [
          { rateBps: 700, gross: eur(2000), tax: eur(tax700), net: eur(2000 - tax700) },
          {
            rateBps: 1900,
            gross: eur(sales - 2000),
            tax: eur(tax1900),
            net: eur(sales - 2000 - tax1900),
          },
        ],
      },
      discounts: eur(400),
      serviceCharges: eur(250),
      payments: [
        { method: 'card', count: 1, amount: eur(3600), tips: eur(400) },
        { method: 'cash', count: 2, amount: eur(7500), tips: eur(300) },
        { method: 'mollie', count: 1, amount: eur(1000), tips: eur(0) },
      ],
      refunds: [
        { method: 'cash', count: 1, amount: eur(500) },
        { method: 'mollie', count: 1, amount: eur(300) },
      ],
      tips: eur(700),
      // Bill 102 (3600 after its discount) shared 3000 : 1000 between phone and web.
      byChannel: [
        { channel: 'phone', gross: eur(2700) },
        { channel: 'pos', gross: eur(5000 + 2750) },
        { channel: 'qr', gross: eur(2000) },
        { channel: 'web', gross: eur(900) },
      ],
      voids: { count: 1, value: eur(1500) },
      comps: { count: 1, value: eur(800) },
      openBills: { count: 1, total: eur(2750) },
      cashDifference: eur(0),
    });
    const barRow = res.body.registers.find((r: { sessionId: string }) => r.sessionId === bar);
    expect(barRow).toMatchObject({
      registerName: 'Bar',
      status: 'open',
      openingFloat: eur(10_000),
      cashSales: eur(7800),
      cashRefunds: eur(500),
      safeDrops: eur(5000),
      tipsOut: eur(300),
      expected: eur(barExpected),
      counted: null,
    });
    const channels = res.body.byChannel.reduce((s: number, c: any) => s + c.gross.amountMinor, 0);
    expect(channels).toBe(sales);
  });

  it('when the day closes, then the Z report is final, announced with its totals and never recomputed', async () => {
    const closeSession = (id: string, body: unknown) =>
      call('POST', `${base()}/v1/register-sessions/${id}/close`, body, manager);
    await closeSession(bar, {
      countedMinor: barExpected - 20,
      differenceReason: 'short by 20 cents',
    });
    await closeSession(terrace, { countedMinor: 0 });

    const closed = await call(
      'POST',
      `${base()}/v1/fiscal-days/${dayId}/close`,
      undefined,
      manager,
    );
    const z = await report();
    await insertPayment(db(), owner, {
      ...paidBill,
      fiscalDayId: dayId,
      method: 'card',
      status: 'paid',
      amountMinor: 1234,
    });
    const later = await report();
    const event = await billing.bus.waitForEvent(
      'fiscal-day.closed.v1',
      (p: any) => p.fiscalDayId === dayId,
    );

    expect(closed.status).toBe(200);
    expect(z.body).toMatchObject({
      final: true,
      fiscalDay: { closedAt: closed.body.closedAt, closedBy: closed.body.closedBy },
      sales: { gross: eur(sales) },
      cashDifference: eur(-20),
    });
    expect(z.body.registers).toEqual([
      expect.objectContaining({
        sessionId: bar,
        status: 'closed',
        expected: eur(barExpected),
        counted: eur(barExpected - 20),
        difference: eur(-20),
        differenceReason: 'short by 20 cents',
      }),
      expect.objectContaining({
        sessionId: terrace,
        registerName: 'Terrace',
        expected: eur(0),
        difference: eur(0),
      }),
    ]);
    expect(later.body).toEqual(z.body);
    expect(event.payload).toEqual({
      fiscalDayId: dayId,
      number: 1,
      businessDate: closed.body.businessDate,
      closedBy: closed.body.closedBy,
      closedAt: closed.body.closedAt,
      sales: eur(sales),
      byTaxRate: z.body.sales.byTaxRate,
      byPaymentMethod: z.body.payments,
      tips: eur(700),
      refunds: eur(800),
      cashDifference: eur(-20),
    });
  });

  it('when asked for text, then it is a 42-column receipt with the figures', async () => {
    const byAccept = await fetch(`${base()}/v1/fiscal-days/${dayId}/z-report`, {
      headers: { ...manager, accept: 'text/plain' },
    });
    const text = await byAccept.text();
    const byQuery = await report('?format=text');
    const lines = text.trimEnd().split('\n');

    expect(byAccept.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(byQuery.body).toBe(text);
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(42);
    expect(lines).toContain(`Sales gross${(sales / 100).toFixed(2).padStart(42 - 11)}`);
    expect(lines).toContain(`Cash difference${'-0.20'.padStart(42 - 15)}`);
    expect(text).toContain('Z REPORT');
    expect(text).toContain('short by 20 cents');
  });

  it('when a waiter or another tenant asks, then 403 and 404', async () => {
    const waiter = await report('', await asStaff(owner.tenantId, ['waiter']));
    const stranger = await report('', await asStaff(newId(), ['admin']));

    expect(waiter.status).toBe(403);
    expect(stranger.status).toBe(404);
  });
});
