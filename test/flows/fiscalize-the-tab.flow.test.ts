import { TestEnv, waitUntil } from '../../libs/testing/src';
import { startFiscalPosSimulator, type FiscalPosSimulator } from '../../simulators/fiscal-pos/src';
import { aMenu, anIdempotencyKey, asStaff, type TestMenu } from '../support/builders';
import { call } from '../support/http-client';
import { startApp, type StartedApp } from '../support/stack';
import { someTables } from '../support/tables';

/**
 * Table 5's tab is split by seat and paid in cash, bill by bill. Each paid bill reaches the
 * fiscal register as its own receipt, with the lines billing priced, and comes back signed
 * onto the bill, across orders, billing, pos-adapter and the register.
 */
describe('fiscalizing a paid tab, across orders, billing, pos-adapter and the register', () => {
  const env = new TestEnv();
  let orders: StartedApp<'orders'>;
  let billing: StartedApp<'billing'>;
  let posAdapter: StartedApp<'pos-adapter'>;
  let pos: FiscalPosSimulator;
  let menu: TestMenu;
  let waiter: Record<string, string>;

  beforeAll(async () => {
    pos = await startFiscalPosSimulator({ behaviour: { processMs: 100 } });
    [orders, billing, posAdapter] = await Promise.all([
      startApp(env, 'orders'),
      startApp(env, 'billing'),
      startApp(env, 'pos-adapter', { FISCAL_POS_URL: pos.url }),
    ]);
    menu = await aMenu(orders.app.platform.db);
    waiter = await asStaff(menu.tenantId, ['waiter']);
  });
  afterAll(async () => {
    await Promise.all([orders.stop(), billing.stop(), posAdapter.stop()]);
    await pos.stop();
  });

  it('when both seats pay, then the register signs two receipts and each bill shows its own', async () => {
    const [table] = await someTables(orders.url, menu, ['5']);
    const placed = await call(
      'POST',
      `${orders.url}/v1/orders`,
      {
        locationId: menu.locationId,
        type: 'dine_in',
        channel: 'pos',
        tableId: table!.id,
        lines: [
          { productId: menu.products[0]!.id, quantity: 2, seat: 1 },
          { productId: menu.products[1]!.id, quantity: 1, seat: 2 },
        ],
      },
      { ...waiter, 'Idempotency-Key': anIdempotencyKey() },
    );
    expect(placed.status).toBe(201);
    const bills = await waitUntil(
      async () => {
        const res = await call(
          'POST',
          `${billing.url}/v1/orders/${placed.body.id}/bills`,
          { kind: 'seats' },
          waiter,
        );
        return res.status === 201
          ? (res.body.items as Array<{
              id: string;
              number: number;
              total: { amountMinor: number };
            }>)
          : undefined;
      },
      { what: 'billing to know the order' },
    );
    for (const bill of bills) {
      const paid = await call(
        'POST',
        `${billing.url}/v1/bills/${bill.id}/payments`,
        { method: 'cash', tenderedMinor: bill.total.amountMinor },
        { ...waiter, 'Idempotency-Key': anIdempotencyKey() },
      );
      expect(paid.status).toBe(201);
    }

    const signed = await waitUntil(
      async () => {
        const res = await call(
          'GET',
          `${billing.url}/v1/orders/${placed.body.id}/bills`,
          undefined,
          waiter,
        );
        const items = res.body.items as Array<{
          id: string;
          fiscalReceipt: { transactionNumber: number } | null;
        }>;
        return items.every((b) => b.fiscalReceipt) ? items : undefined;
      },
      { what: 'both bills signed', timeoutMs: 20_000 },
    );
    const atRegister = pos.pushed();
    expect(atRegister).toHaveLength(2);
    expect(new Set(signed.map((b) => b.fiscalReceipt!.transactionNumber)).size).toBe(2);
    for (const bill of bills) {
      const order = atRegister.find((o) => o.orderId === `brigade-bill-${bill.id}`)!;
      expect(order.body).toMatchObject({
        paymentMethod: 'CASH',
        totalPrice: bill.total.amountMinor / 100,
        receiptNumber: `${bill.number}/${new Date().getFullYear()}`,
      });
      const items = order.body.items as Array<{ price: number; quantity: number }>;
      expect(items.reduce((sum, i) => sum + Math.round(i.price * 100) * i.quantity, 0)).toBe(
        bill.total.amountMinor,
      );
    }
    expect(
      atRegister.map((o) => (o.body.items as Array<{ name: string }>)[0]!.name).sort(),
    ).toEqual([menu.products[0]!.name, menu.products[1]!.name].sort());
  });
});
