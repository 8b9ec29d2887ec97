import { newId } from '../../../../libs/contracts/src';
import { TestEnv } from '../../../../libs/testing/src';
import { asStaff } from '../../../../test/support/builders';
import { call } from '../../../../test/support/http-client';
import { fiscalDayForSale } from '../../src/domain/fiscal-days/fiscal-day-for-sale';
import { startBilling, type Billing } from '../billing-harness';

describe('fiscal days', () => {
  const env = new TestEnv();
  let billing: Billing;
  const tenantId = newId();
  let manager: Record<string, string>;
  const base = () => billing.billing.url;
  const daysUrl = (locationId: string) => `${base()}/v1/locations/${locationId}/fiscal-days`;
  const open = (locationId: string, as = manager) =>
    call('POST', daysUrl(locationId), undefined, as);
  const close = (dayId: string, as = manager) =>
    call('POST', `${base()}/v1/fiscal-days/${dayId}/close`, undefined, as);
  const eventsOf = (type: string, locationId: string) =>
    billing.bus.all<{ type: string; locationId: string; payload: Record<string, unknown> }>(
      (m) => m.body.type === type && m.body.locationId === locationId,
    );

  beforeAll(async () => {
    billing = await startBilling(env);
    manager = await asStaff(tenantId, ['manager']);
  });
  afterAll(() => billing.stop());

  it('when days are opened and closed in turn, then they are numbered 1, 2, 3 and listed newest first', async () => {
    const locationId = newId();
    const numbers: number[] = [];

    for (let i = 0; i < 3; i++) {
      const opened = await open(locationId);
      expect(opened.status).toBe(201);
      numbers.push(opened.body.number);
      expect((await close(opened.body.id)).status).toBe(200);
    }
    const page1 = await call('GET', `${daysUrl(locationId)}?limit=2`, undefined, manager);
    const page2 = await call(
      'GET',
      `${daysUrl(locationId)}?limit=2&cursor=${page1.body.nextCursor}`,
      undefined,
      manager,
    );

    expect(numbers).toEqual([1, 2, 3]);
    expect(page1.body.items.map((d: { number: number }) => d.number)).toEqual([3, 2]);
    expect(page2.body.items.map((d: { number: number }) => d.number)).toEqual([1]);
    expect(page2.body.nextCursor).toBeNull();
    expect(page1.body.items[0]).toMatchObject({
      status: 'closed',
      openedBy: expect.stringMatching(/^user:/),
      closedBy: expect.stringMatching(/^user:/),
    });
    const closed = await billing.bus.waitForEvent(
      'fiscal-day.closed.v1',
      (p: { fiscalDayId: string }) => p.fiscalDayId === page1.body.items[0].id,
    );
    expect(closed.payload).toMatchObject({ number: 3, sales: { amountMinor: 0 } });
  });

  it('when a day is open, then opening another answers 409 fiscal-day-open, and closing twice 409 fiscal-day-closed', async () => {
    const locationId = newId();
    const first = await open(locationId);

    const second = await open(locationId);
    const closed = await close(first.body.id);
    const closedAgain = await close(first.body.id);
    const got = await call('GET', `${base()}/v1/fiscal-days/${first.body.id}`, undefined, manager);

    expect(second.status).toBe(409);
    expect(second.body.type).toMatch(/fiscal-day-open$/);
    expect(closed.body).toMatchObject({ status: 'closed', closedAt: expect.any(String) });
    expect(closedAgain.status).toBe(409);
    expect(closedAgain.body.type).toMatch(/fiscal-day-closed$/);
    expect(got.body).toEqual(closed.body);
  });

  it('when five managers open a day at once, then exactly one day is opened', async () => {
    const locationId = newId();

    const answers = await Promise.all(Array.from({ length: 5 }, () => open(locationId)));

    expect(answers.map((a) => a.status).sort()).toEqual([201, 409, 409, 409, 409]);
    const list = await call('GET', daysUrl(locationId), undefined, manager);
    expect(list.body.items).toHaveLength(1);
    expect(list.body.items[0].number).toBe(1);
  });

  it('when the location has an open register session, then closing the day answers 409 register-sessions-open', async () => {
    const locationId = newId();
    const day = await open(locationId);
    const register = await call(
      'POST',
      `${base()}/v1/locations/${locationId}/registers`,
      { name: 'Bar' },
      manager,
    );
    const session = await call(
      'POST',
      `${base()}/v1/registers/${register.body.id}/sessions`,
      { openingFloatMinor: 0, denominations: [] },
      manager,
    );

    const refused = await close(day.body.id);
    await call(
      'POST',
      `${base()}/v1/register-sessions/${session.body.id}/close`,
      { countedMinor: 0 },
      manager,
    );
    const closed = await close(day.body.id);

    expect(session.body.fiscalDayId).toBe(day.body.id);
    expect(refused.status).toBe(409);
    expect(refused.body.type).toMatch(/register-sessions-open$/);
    expect(closed.status).toBe(200);
  });

  it('when ten sales need a day at once and none is open, then one day is opened by the first sale and announced once', async () => {
    const locationId = newId();
    const owner = { tenantId, locationId };
    const deps = billing.billing.app.deps;

    const days = await Promise.all(
      Array.from({ length: 10 }, () => deps.transaction(() => fiscalDayForSale(deps, owner))),
    );

    expect(new Set(days.map((d) => d.id)).size).toBe(1);
    expect(days[0]!.number).toBe(1);
    const got = await call('GET', `${base()}/v1/fiscal-days/${days[0]!.id}`, undefined, manager);
    expect(got.body.openedBy).toBe('system:first-sale');
    // Events leave in outbox order: once the close is out, every opened event is too.
    await close(days[0]!.id);
    await billing.bus.waitForEvent(
      'fiscal-day.closed.v1',
      (p: { fiscalDayId: string }) => p.fiscalDayId === days[0]!.id,
    );
    expect(eventsOf('fiscal-day.opened.v1', locationId)).toHaveLength(1);
    expect(eventsOf('fiscal-day.opened.v1', locationId)[0]!.body.payload).toMatchObject({
      fiscalDayId: days[0]!.id,
      number: 1,
      openedBy: 'system:first-sale',
    });
  });

  it('when a sale that opened a day rolls back, then its number is not used up', async () => {
    const locationId = newId();
    const deps = billing.billing.app.deps;
    const failingSale = deps.transaction(async () => {
      await fiscalDayForSale(deps, { tenantId, locationId });
      throw new Error('the sale failed');
    });
    await expect(failingSale).rejects.toThrow('the sale failed');

    const opened = await open(locationId);

    expect(opened.body.number).toBe(1);
  });

  it('when opened, then the business date is the local date at the location', async () => {
    const locationId = newId();
    // Kiritimati is UTC+14 all year: its date is often a day ahead of UTC.
    await call(
      'PUT',
      `${base()}/v1/locations/${locationId}/billing-settings`,
      {
        timezone: 'Pacific/Kiritimati',
        requireOpenRegister: false,
        serviceChargeBps: 0,
        serviceChargeMinGuests: null,
        discountApprovalAboveBps: 1000,
      },
      manager,
    );
    const kiritimati = () => new Date(Date.now() + 14 * 3_600_000).toISOString().slice(0, 10);
    const before = kiritimati();

    const opened = await open(locationId);

    expect([before, kiritimati()]).toContain(opened.body.businessDate);
  });

  it('when a waiter opens or closes a day, then 403; another location or tenant sees 404', async () => {
    const locationId = newId();
    const day = await open(locationId);
    const waiter = await asStaff(tenantId, ['waiter'], [locationId]);
    const elsewhere = await asStaff(tenantId, ['manager'], [newId()]);
    const otherTenant = await asStaff(newId(), ['admin']);

    expect((await open(locationId, waiter)).status).toBe(403);
    expect((await close(day.body.id, waiter)).status).toBe(403);
    expect((await close(day.body.id, elsewhere)).status).toBe(404);
    expect((await close(day.body.id, otherTenant)).status).toBe(404);
    const read = await call(
      'GET',
      `${base()}/v1/fiscal-days/${day.body.id}`,
      undefined,
      otherTenant,
    );
    expect(read.status).toBe(404);
    expect((await close(day.body.id)).status).toBe(200);
  });
});
