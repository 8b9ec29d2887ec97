import { newId } from '../../../../libs/contracts/src';
import { TestEnv, waitUntil } from '../../../../libs/testing/src';
import { asStaff } from '../../../../test/support/builders';
import { call } from '../../../../test/support/http-client';
import { registerSessionForTender } from '../../src/domain/registers/register-session-for-tender';
import { startBilling, type Billing } from '../billing-harness';
import { insertBill, insertOrder, insertPayment, insertRefund } from '../fiscal-rows';

describe('cash registers and their sessions', () => {
  const env = new TestEnv();
  let billing: Billing;
  const tenantId = newId();
  let manager: Record<string, string>;
  let cashier: Record<string, string>;
  const base = () => billing.billing.url;
  const db = () => billing.billing.app.platform.db;
  const deps = () => billing.billing.app.deps;

  const aRegister = async (locationId: string, name = `Bar ${newId().slice(-6)}`) => {
    const res = await call(
      'POST',
      `${base()}/v1/locations/${locationId}/registers`,
      { name },
      manager,
    );
    expect(res.status).toBe(201);
    return res.body.id as string;
  };
  const openSession = (registerId: string, body: unknown, as = cashier) =>
    call('POST', `${base()}/v1/registers/${registerId}/sessions`, body, as);
  const anOpenSession = async (locationId: string, floatMinor = 0) => {
    const registerId = await aRegister(locationId);
    const res = await openSession(registerId, {
      openingFloatMinor: floatMinor,
      denominations: floatMinor ? [{ valueMinor: floatMinor, count: 1 }] : [],
    });
    expect(res.status).toBe(201);
    return { registerId, sessionId: res.body.id as string, fiscalDayId: res.body.fiscalDayId };
  };
  const move = (sessionId: string, body: unknown) =>
    call('POST', `${base()}/v1/register-sessions/${sessionId}/movements`, body, cashier);
  const closeSession = (sessionId: string, body: unknown) =>
    call('POST', `${base()}/v1/register-sessions/${sessionId}/close`, body, cashier);
  const getSession = (sessionId: string) =>
    call('GET', `${base()}/v1/register-sessions/${sessionId}`, undefined, cashier);
  /** A paid bill of `totalMinor` on the day, to hang payments on. */
  const aBill = async (owner: { tenantId: string; locationId: string }, fiscalDayId: string) => {
    const order = await insertOrder(db(), owner, [{ totalMinor: 10_000 }]);
    const bill = await insertBill(db(), owner, {
      orderId: order.orderId,
      fiscalDayId,
      status: 'paid',
      lines: [{ lineId: order.lines[0]!.lineId, amountMinor: 10_000, taxRateBps: 1900 }],
      taxes: [[1900, 1597]],
    });
    return { billId: bill.id, orderId: order.orderId };
  };

  beforeAll(async () => {
    billing = await startBilling(env);
    manager = await asStaff(tenantId, ['manager']);
    cashier = await asStaff(tenantId, ['cashier']);
  });
  afterAll(() => billing.stop());

  it('when registers are added, then names are unique per location and they are listed by name', async () => {
    const locationId = newId();
    await aRegister(locationId, 'Terrace');
    await aRegister(locationId, 'Bar');

    const dup = await call(
      'POST',
      `${base()}/v1/locations/${locationId}/registers`,
      { name: 'Bar' },
      manager,
    );
    const elsewhere = await call(
      'POST',
      `${base()}/v1/locations/${newId()}/registers`,
      { name: 'Bar' },
      manager,
    );
    const byCashier = await call(
      'POST',
      `${base()}/v1/locations/${locationId}/registers`,
      { name: 'X' },
      cashier,
    );
    const page1 = await call(
      'GET',
      `${base()}/v1/locations/${locationId}/registers?limit=1`,
      undefined,
      cashier,
    );
    const page2 = await call(
      'GET',
      `${base()}/v1/locations/${locationId}/registers?limit=1&cursor=${page1.body.nextCursor}`,
      undefined,
      cashier,
    );

    expect(dup.status).toBe(409);
    expect(dup.body.type).toMatch(/register-name-taken$/);
    expect(elsewhere.status).toBe(201);
    expect(byCashier.status).toBe(403);
    expect([...page1.body.items, ...page2.body.items].map((r: { name: string }) => r.name)).toEqual(
      ['Bar', 'Terrace'],
    );
    expect(page2.body.nextCursor).toBeNull();
  });

  it('when the denominations do not add up to the float, then 422 names them; a second open session is 409', async () => {
    const locationId = newId();
    const registerId = await aRegister(locationId);

    const wrong = await openSession(registerId, {
      openingFloatMinor: 10_000,
      denominations: [
        { valueMinor: 2000, count: 4 },
        { valueMinor: 50, count: 3 },
      ],
    });
    const right = await openSession(registerId, {
      openingFloatMinor: 10_150,
      denominations: [
        { valueMinor: 2000, count: 5 },
        { valueMinor: 50, count: 3 },
      ],
    });
    const second = await openSession(registerId, { openingFloatMinor: 0, denominations: [] });
    const byKitchen = await openSession(
      registerId,
      { openingFloatMinor: 0, denominations: [] },
      await asStaff(tenantId, ['kitchen']),
    );
    const listed = await call(
      'GET',
      `${base()}/v1/registers/${registerId}/sessions`,
      undefined,
      cashier,
    );

    expect(wrong.status).toBe(422);
    expect(wrong.body.fields[0].field).toBe('denominations');
    expect(right.status).toBe(201);
    expect(right.body).toMatchObject({
      status: 'open',
      cash: { openingFloat: { amountMinor: 10_150 }, expected: { amountMinor: 10_150 } },
    });
    expect(second.status).toBe(409);
    expect(second.body.type).toMatch(/register-session-open$/);
    expect(byKitchen.status).toBe(403);
    expect(listed.body.items.map((s: { id: string }) => s.id)).toEqual([right.body.id]);
  });

  it('when cash is taken, refunded and moved, then expected cash and the difference at close are exact', async () => {
    const locationId = newId();
    const owner = { tenantId, locationId };
    const { sessionId, fiscalDayId } = await anOpenSession(locationId, 15_000);
    const { billId, orderId } = await aBill(owner, fiscalDayId);
    const pay = (
      method: 'cash' | 'card',
      status: string,
      amountMinor: number,
      tipMinor = 0,
      registerSessionId: string | null = sessionId,
    ) =>
      insertPayment(db(), owner, {
        billId,
        orderId,
        fiscalDayId,
        method,
        status,
        amountMinor,
        tipMinor,
        changeMinor: method === 'cash' ? 500 : undefined,
        registerSessionId,
      });
    const cash1 = await pay('cash', 'paid', 3000, 200);
    await pay('cash', 'paid', 4550);
    await pay('card', 'paid', 2000, 300);
    await pay('cash', 'canceled', 999);
    await pay('cash', 'paid', 777, 0, null);
    await insertRefund(db(), owner, {
      paymentId: cash1,
      fiscalDayId,
      method: 'cash',
      status: 'refunded',
      amountMinor: 1200,
      registerSessionId: sessionId,
    });
    await insertRefund(db(), owner, {
      paymentId: cash1,
      fiscalDayId,
      method: 'cash',
      status: 'failed',
      amountMinor: 100,
      registerSessionId: sessionId,
    });

    const moves = await Promise.all([
      move(sessionId, { kind: 'cash_in', amountMinor: 2000, reason: 'change from the bank' }),
      move(sessionId, { kind: 'cash_out', amountMinor: 500, reason: 'flowers' }),
      move(sessionId, { kind: 'safe_drop', amountMinor: 10_000 }),
      move(sessionId, { kind: 'tips_out', amountMinor: 200 }),
    ]);
    const running = await getSession(sessionId);
    const expected = 15_000 + (3000 + 200 + 4550) - 1200 + 2000 - 500 - 10_000 - 200;
    const noReason = await closeSession(sessionId, { countedMinor: expected - 50 });
    const closed = await closeSession(sessionId, {
      countedMinor: expected - 50,
      denominations: [{ valueMinor: 100, count: (expected - 50) / 100 }],
      differenceReason: 'coin rolled under the counter',
    });

    expect(moves.map((m) => m.status)).toEqual([201, 201, 201, 201]);
    const eur = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });
    expect(running.body.cash).toEqual({
      openingFloat: eur(15_000),
      cashSales: eur(7750),
      cashRefunds: eur(1200),
      cashIn: eur(2000),
      cashOut: eur(500),
      safeDrops: eur(10_000),
      tipsOut: eur(200),
      expected: eur(expected),
    });
    expect(noReason.status).toBe(422);
    expect(noReason.body.fields[0].field).toBe('differenceReason');
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({
      status: 'closed',
      cash: { expected: eur(expected) },
      counted: eur(expected - 50),
      difference: eur(-50),
      differenceReason: 'coin rolled under the counter',
    });
    expect((await getSession(sessionId)).body).toEqual(closed.body);
  });

  it('when cash goes in or out without a reason, then 422 names the reason', async () => {
    const { sessionId } = await anOpenSession(newId());

    const cashOut = await move(sessionId, { kind: 'cash_out', amountMinor: 100 });
    const cashIn = await move(sessionId, { kind: 'cash_in', amountMinor: 100, reason: '' });

    expect(cashOut.status).toBe(422);
    expect(cashOut.body.fields[0].field).toBe('reason');
    expect(cashIn.status).toBe(400);
    expect(cashIn.body.fields[0].field).toBe('reason');
    expect((await getSession(sessionId)).body.cash.expected.amountMinor).toBe(0);
  });

  it('when counted denominations do not add up, then 422 names them and the session stays open', async () => {
    const { sessionId } = await anOpenSession(newId(), 5000);

    const res = await closeSession(sessionId, {
      countedMinor: 5000,
      denominations: [{ valueMinor: 1000, count: 4 }],
    });

    expect(res.status).toBe(422);
    expect(res.body.fields[0].field).toBe('denominations');
    expect((await getSession(sessionId)).body.status).toBe('open');
  });

  it('when a session is closed, then the API refuses every change with 409 and the database refuses a direct update', async () => {
    const { sessionId } = await anOpenSession(newId(), 1000);
    await closeSession(sessionId, { countedMinor: 1000 });

    const moved = await move(sessionId, { kind: 'safe_drop', amountMinor: 100 });
    const closedAgain = await closeSession(sessionId, { countedMinor: 1000 });
    const update = db().query('UPDATE register_sessions SET counted_minor = 0 WHERE id = $1', [
      sessionId,
    ]);
    const movement = db().query(
      `INSERT INTO cash_movements (id, session_id, kind, amount_minor, created_by, created_at)
       VALUES ($1, $2, 'safe_drop', 1, 'user:x', now())`,
      [newId(), sessionId],
    );

    expect(moved.status).toBe(409);
    expect(moved.body.type).toMatch(/register-session-closed$/);
    expect(closedAgain.status).toBe(409);
    expect(closedAgain.body.type).toMatch(/register-session-closed$/);
    await expect(update).rejects.toThrow(/closed/);
    await expect(movement).rejects.toThrow(/closed/);
    expect((await getSession(sessionId)).body.counted.amountMinor).toBe(1000);
  });

  it('registerSessionForTender picks the named or the only open session, and otherwise refuses or answers null', async () => {
    const locationId = newId();
    const owner = { tenantId, locationId };
    const forTender = (registerId?: string) =>
      deps().transaction(() => registerSessionForTender(deps(), owner, registerId));
    const idle = await aRegister(locationId);

    const none = await forTender();
    const namedIdle = forTender(idle);
    const one = await anOpenSession(locationId);
    const only = await forTender();
    const two = await anOpenSession(locationId);
    const several = forTender();
    const named = await forTender(two.registerId);
    const foreign = forTender(await aRegister(newId()));

    expect(none).toBeNull();
    await expect(namedIdle).rejects.toMatchObject({
      status: 409,
      type: 'register-session-not-open',
    });
    expect(only).toEqual({ id: one.sessionId });
    await expect(several).rejects.toMatchObject({
      status: 422,
      fields: [{ field: 'registerId', message: expect.any(String) }],
    });
    expect(named).toEqual({ id: two.sessionId });
    await expect(foreign).rejects.toMatchObject({ status: 404 });
  });

  it('when the location requires an open register and none is open, then a tender is refused with 409', async () => {
    const locationId = newId();
    await call(
      'PUT',
      `${base()}/v1/locations/${locationId}/billing-settings`,
      {
        timezone: 'Europe/Berlin',
        requireOpenRegister: true,
        serviceChargeBps: 0,
        serviceChargeMinGuests: null,
        discountApprovalAboveBps: 1000,
      },
      manager,
    );

    const refused = deps().transaction(() =>
      registerSessionForTender(deps(), { tenantId, locationId }),
    );

    await expect(refused).rejects.toMatchObject({ status: 409, type: 'register-session-required' });
  });

  it('when a close races with a tender holding the session, then the close waits and counts the tender', async () => {
    const locationId = newId();
    const owner = { tenantId, locationId };
    const { sessionId, fiscalDayId } = await anOpenSession(locationId, 2000);
    const { billId, orderId } = await aBill(owner, fiscalDayId);
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let held!: (id: string) => void;
    const holding = new Promise<string>((resolve) => (held = resolve));
    const tender = deps().transaction(async () => {
      const session = await registerSessionForTender(deps(), owner);
      held(session!.id);
      await released;
      await insertPayment(db(), owner, {
        billId,
        orderId,
        fiscalDayId,
        method: 'cash',
        status: 'paid',
        amountMinor: 1500,
        tipMinor: 100,
        registerSessionId: session!.id,
      });
    });
    expect(await holding).toBe(sessionId);

    const close = closeSession(sessionId, { countedMinor: 3600 });
    await waitUntil(
      async () =>
        (
          await db().query(
            `SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'
               AND query LIKE '%register_sessions%FOR UPDATE%'`,
          )
        ).length > 0,
      { what: 'the close waiting for the tender' },
    );
    release();
    await tender;
    const closed = await close;
    const after = await deps().transaction(() => registerSessionForTender(deps(), owner));

    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({
      cash: { cashSales: { amountMinor: 1600 }, expected: { amountMinor: 3600 } },
      difference: { amountMinor: 0 },
    });
    expect(after).toBeNull();
  });
});
