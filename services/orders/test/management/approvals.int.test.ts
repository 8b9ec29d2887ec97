import { newId } from '../../../../libs/contracts/src';
import { TestEnv } from '../../../../libs/testing/src';
import { call } from '../../../../test/support/http-client';
import { startApp, type StartedApp } from '../../../../test/support/stack';
import {
  aStaffMember,
  onboardedBusiness,
  PROVISIONING_KEY,
  type Business,
} from './management-fixtures';

type Member = Awaited<ReturnType<typeof aStaffMember>>;

describe('POST /v1/approvals', () => {
  const env = new TestEnv();
  let orders: StartedApp<'orders'>;
  let ours: Business;
  let theirs: Business;
  let manager: Member;
  let waiter: Member;
  let theirManager: Member;
  let disabledManager: Member;
  const approve = (headers: Record<string, string>, body: Record<string, unknown>) =>
    call('POST', `${orders.url}/v1/approvals`, { action: 'cancel-item', ...body }, headers);
  const issuedFor = (subjectId: string) =>
    orders.app.platform.db.query<Record<string, unknown>>(
      'SELECT tenant_id, manager_id, requested_by, action FROM approvals_issued WHERE subject_id = $1',
      [subjectId],
    );

  beforeAll(async () => {
    orders = await startApp(env, 'orders', { PROVISIONING_KEY });
    [ours, theirs] = [await onboardedBusiness(orders.url), await onboardedBusiness(orders.url)];
    manager = await aStaffMember(orders.url, ours, ['manager']);
    waiter = await aStaffMember(orders.url, ours, ['waiter']);
    theirManager = await aStaffMember(orders.url, theirs, ['manager']);
    disabledManager = await aStaffMember(orders.url, ours, ['manager']);
    await call(
      'PATCH',
      `${orders.url}/v1/staff-users/${disabledManager.id}`,
      { disabled: true },
      ours.asAdmin,
    );
  });
  afterAll(() => orders.stop());

  it("when a manager types their credentials on the waiter's tablet, then the approval is signed and recorded", async () => {
    const subjectId = newId();

    const res = await approve(waiter.headers, {
      subjectId,
      email: manager.email.toUpperCase(),
      password: manager.password,
    });

    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ managerId: manager.id, approvalToken: expect.any(String) });
    const expiresInMs = Date.parse(res.body.expiresAt) - Date.now();
    expect(expiresInMs).toBeGreaterThan(60_000);
    expect(expiresInMs).toBeLessThanOrEqual(5 * 60_000);
    expect(await issuedFor(subjectId)).toEqual([
      {
        tenant_id: ours.tenantId,
        manager_id: manager.id,
        requested_by: waiter.id,
        action: 'cancel-item',
      },
    ]);
    const verified = await orders.app.deps.approvals.verify(res.body.approvalToken, {
      tenantId: ours.tenantId,
      action: 'cancel-item',
      subjectId,
    });
    expect(verified.managerId).toBe(manager.id);
  });

  it.each([
    ['another subject', { subjectId: newId() }],
    ['another action', { action: 'comp-item' as const }],
    ['another tenant', { tenantId: newId() }],
  ])('when the token is checked for %s, then it is refused with 403', async (_what, change) => {
    const subjectId = newId();
    const res = await approve(manager.headers, { subjectId });

    const check = orders.app.deps.approvals.verify(res.body.approvalToken, {
      tenantId: ours.tenantId,
      action: 'cancel-item',
      subjectId,
      ...change,
    });

    await expect(check).rejects.toMatchObject({ status: 403, type: 'approval-required' });
  });

  it('when the caller is a manager and sends no credentials, then they approve themselves', async () => {
    const subjectId = newId();

    const res = await approve(manager.headers, { subjectId, action: 'reopen-session' });

    expect(res.status).toBe(201);
    expect(res.body.managerId).toBe(manager.id);
    expect(await issuedFor(subjectId)).toEqual([
      expect.objectContaining({ manager_id: manager.id, requested_by: manager.id }),
    ]);
  });

  it.each([
    ['a wrong password', () => ({ email: manager.email, password: 'not-the-password' })],
    ['an unknown email', () => ({ email: `${newId()}@linde.test`, password: manager.password })],
    [
      'a disabled manager',
      () => ({ email: disabledManager.email, password: disabledManager.password }),
    ],
    [
      "another business's manager",
      () => ({ email: theirManager.email, password: theirManager.password }),
    ],
  ])(
    'when the credentials have %s, then answers 403 approval-sign-in-failed, the same each time',
    async (_what, credentials) => {
      const subjectId = newId();

      const res = await approve(waiter.headers, { subjectId, ...credentials() });

      expect(res.status).toBe(403);
      expect(res.body.type).toMatch(/approval-sign-in-failed$/);
      expect(res.body.detail).toBe('Wrong email or password');
      expect(await issuedFor(subjectId)).toEqual([]);
    },
  );

  it.each([
    ["a waiter's own credentials", () => ({ email: waiter.email, password: waiter.password })],
    ['no credentials from a waiter', () => ({})],
  ])('when they are %s, then answers 403 approver-not-manager', async (_what, credentials) => {
    const subjectId = newId();

    const res = await approve(waiter.headers, { subjectId, ...credentials() });

    expect(res.status).toBe(403);
    expect(res.body.type).toMatch(/approver-not-manager$/);
    expect(await issuedFor(subjectId)).toEqual([]);
  });

  it('when an email comes without a password or the action is unknown, then answers 400 naming the field', async () => {
    const half = await approve(waiter.headers, { subjectId: newId(), email: manager.email });
    const unknown = await approve(waiter.headers, { subjectId: 'order-1', action: 'free-beer' });

    expect(half.status).toBe(400);
    expect(half.body.fields).toEqual([expect.objectContaining({ field: 'password' })]);
    expect(unknown.body.fields.map((f: { field: string }) => f.field).sort()).toEqual([
      'action',
      'subjectId',
    ]);
  });
});
