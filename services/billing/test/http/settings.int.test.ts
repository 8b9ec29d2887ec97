import { newId } from '../../../../libs/contracts/src';
import { TestEnv } from '../../../../libs/testing/src';
import { asStaff } from '../../../../test/support/builders';
import { call } from '../../../../test/support/http-client';
import { settingsOf } from '../../src/domain/settings/settings-of';
import { startBilling, type Billing } from '../billing-harness';

describe('billing settings of a location', () => {
  const env = new TestEnv();
  let billing: Billing;
  const tenantId = newId();
  const url = (locationId: string) =>
    `${billing.billing.url}/v1/locations/${locationId}/billing-settings`;
  const settings = {
    timezone: 'America/New_York',
    requireOpenRegister: true,
    serviceChargeBps: 1250,
    serviceChargeMinGuests: 8,
    discountApprovalAboveBps: 500,
  };

  beforeAll(async () => {
    billing = await startBilling(env);
  });
  afterAll(() => billing.stop());

  it('when a location never set any, then staff read the defaults', async () => {
    const locationId = newId();
    const waiter = await asStaff(tenantId, ['waiter'], [locationId]);

    const res = await call('GET', url(locationId), undefined, waiter);

    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      locationId,
      timezone: 'Europe/Berlin',
      requireOpenRegister: false,
      serviceChargeBps: 0,
      serviceChargeMinGuests: null,
      discountApprovalAboveBps: 1000,
      updatedBy: null,
      updatedAt: null,
    });
    expect(await settingsOf(billing.billing.app.deps, locationId)).toEqual({
      timezone: 'Europe/Berlin',
      requireOpenRegister: false,
      serviceChargeBps: 0,
      serviceChargeMinGuests: null,
      discountApprovalAboveBps: 1000,
    });
  });

  it('when the manager of the location sets them, then they are read back and settingsOf returns them', async () => {
    const locationId = newId();
    const manager = await asStaff(tenantId, ['manager'], [locationId]);

    const put = await call('PUT', url(locationId), settings, manager);
    const again = await call(
      'PUT',
      url(locationId),
      { ...settings, serviceChargeBps: 900 },
      manager,
    );
    const got = await call('GET', url(locationId), undefined, manager);

    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({
      ...settings,
      locationId,
      updatedBy: expect.stringMatching(/^user:/),
    });
    expect(again.status).toBe(200);
    expect(got.body).toMatchObject({ ...settings, serviceChargeBps: 900 });
    expect(await settingsOf(billing.billing.app.deps, locationId)).toEqual({
      ...settings,
      serviceChargeBps: 900,
    });
  });

  it('when a time zone is written in another case, then it is stored in its canonical spelling', async () => {
    const locationId = newId();
    const admin = await asStaff(tenantId, ['admin']);

    const res = await call(
      'PUT',
      url(locationId),
      { ...settings, timezone: 'europe/vienna' },
      admin,
    );

    expect(res.status).toBe(200);
    expect(res.body.timezone).toBe('Europe/Vienna');
  });

  it.each([
    ['timezone', { timezone: 'Mars/Olympus_Mons' }],
    ['timezone', { timezone: '+02:00' }],
    ['serviceChargeBps', { serviceChargeBps: 5001 }],
    ['serviceChargeBps', { serviceChargeBps: -1 }],
    ['serviceChargeMinGuests', { serviceChargeMinGuests: 0 }],
    ['discountApprovalAboveBps', { discountApprovalAboveBps: 10_001 }],
    ['requireOpenRegister', { requireOpenRegister: 'yes' }],
  ])('when %s is invalid (%j), then 400 names it and nothing is stored', async (field, change) => {
    const locationId = newId();
    const manager = await asStaff(tenantId, ['manager'], [locationId]);

    const res = await call('PUT', url(locationId), { ...settings, ...change }, manager);
    const got = await call('GET', url(locationId), undefined, manager);

    expect(res.status).toBe(400);
    expect(res.body.fields.map((f: { field: string }) => f.field)).toEqual([field]);
    expect(got.body.updatedAt).toBeNull();
  });

  it('when a waiter or cashier changes them, then 403; staff of another location get 404', async () => {
    const locationId = newId();
    const waiter = await asStaff(tenantId, ['waiter', 'cashier'], [locationId]);
    const otherManager = await asStaff(tenantId, ['manager'], [newId()]);
    const otherTenant = await asStaff(newId(), ['admin']);
    await call('PUT', url(locationId), settings, await asStaff(tenantId, ['manager']));

    const byWaiter = await call('PUT', url(locationId), settings, waiter);
    const byOtherManager = await call('PUT', url(locationId), settings, otherManager);
    const readByOther = await call('GET', url(locationId), undefined, otherManager);
    const writeByOtherTenant = await call('PUT', url(locationId), settings, otherTenant);
    const readByOtherTenant = await call('GET', url(locationId), undefined, otherTenant);

    expect(byWaiter.status).toBe(403);
    expect(byOtherManager.status).toBe(404);
    expect(readByOther.status).toBe(404);
    expect(writeByOtherTenant.status).toBe(404);
    expect(readByOtherTenant.status).toBe(404);
    expect((await settingsOf(billing.billing.app.deps, locationId)).timezone).toBe(
      'America/New_York',
    );
  });
});
