import { newId } from '../../../../libs/contracts/src';
import { TestEnv } from '../../../../libs/testing/src';
import { call } from '../../../../test/support/http-client';
import { startApp, type StartedApp } from '../../../../test/support/stack';
import {
  ADMIN_PASSWORD,
  aStaffMember,
  onboardedBusiness,
  PROVISIONING_KEY,
  type Business,
} from './management-fixtures';

type Headers = Record<string, string>;

describe('staff users and passwords', () => {
  const env = new TestEnv();
  let orders: StartedApp<'orders'>;
  let ours: Business;
  const send = (method: string, path: string, headers: Headers, body?: unknown) =>
    call(method, `${orders.url}${path}`, body, headers);
  const signIn = (email: string, password: string, tenantId = ours.tenantId) =>
    call('POST', `${orders.url}/v1/auth/token`, { tenantId, email, password });
  const aUser = (overrides: Record<string, unknown> = {}) => ({
    email: `${newId()}@linde.test`,
    name: 'Kim',
    password: 'kims-password',
    roles: ['cashier'],
    locationIds: [ours.locationId],
    ...overrides,
  });

  beforeAll(async () => {
    orders = await startApp(env, 'orders', { PROVISIONING_KEY });
    ours = await onboardedBusiness(orders.url);
  });
  afterAll(() => orders.stop());

  describe('POST /v1/staff-users', () => {
    it('when the email is taken in another case, then answers 409 email-taken', async () => {
      const email = `Kim.${newId()}@Linde.test`;
      const first = await send('POST', '/v1/staff-users', ours.asAdmin, aUser({ email }));

      const again = await send(
        'POST',
        '/v1/staff-users',
        ours.asAdmin,
        aUser({ email: email.toUpperCase() }),
      );

      expect(first.status).toBe(201);
      expect(first.body.email).toBe(email.toLowerCase());
      expect(Object.keys(first.body).sort()).toEqual(
        ['createdAt', 'disabled', 'email', 'id', 'locationIds', 'name', 'roles'].sort(),
      );
      expect(again.status).toBe(409);
      expect(again.body.type).toMatch(/email-taken$/);
    });

    it('when the body is not valid, then answers 400 naming each field', async () => {
      const res = await send('POST', '/v1/staff-users', ours.asAdmin, {
        email: 'kim',
        name: ' ',
        password: 'short',
        roles: ['chef'],
        locationIds: [],
      });

      expect(res.status).toBe(400);
      expect(res.body.fields.map((f: { field: string }) => f.field).sort()).toEqual([
        'email',
        'locationIds',
        'name',
        'password',
        'roles.0',
      ]);
    });

    it('when roles are empty or a location is not ours, then answers naming them', async () => {
      const noRoles = await send('POST', '/v1/staff-users', ours.asAdmin, aUser({ roles: [] }));
      const unknown = await send(
        'POST',
        '/v1/staff-users',
        ours.asAdmin,
        aUser({ locationIds: [ours.locationId, newId()] }),
      );

      expect(noRoles.status).toBe(400);
      expect(noRoles.body.fields).toEqual([expect.objectContaining({ field: 'roles' })]);
      expect(unknown.status).toBe(422);
      expect(unknown.body.fields).toEqual([expect.objectContaining({ field: 'locationIds.1' })]);
    });

    it('when an admin would be bound to some locations, then answers 422 admin-bound-to-locations', async () => {
      const res = await send('POST', '/v1/staff-users', ours.asAdmin, aUser({ roles: ['admin'] }));

      expect(res.status).toBe(422);
      expect(res.body.type).toMatch(/admin-bound-to-locations$/);
      expect(res.body.fields).toEqual([expect.objectContaining({ field: 'locationIds' })]);
    });
  });

  describe('PATCH /v1/staff-users/:userId', () => {
    it('when a user is disabled, then they cannot sign in until enabled again', async () => {
      const kim = await aStaffMember(orders.url, ours, ['waiter']);

      const disabled = await send('PATCH', `/v1/staff-users/${kim.id}`, ours.asAdmin, {
        disabled: true,
      });
      const refused = await signIn(kim.email, kim.password);
      await send('PATCH', `/v1/staff-users/${kim.id}`, ours.asAdmin, { disabled: false });
      const allowed = await signIn(kim.email, kim.password);

      expect(disabled.body).toMatchObject({ disabled: true, roles: ['waiter'] });
      expect(refused.status).toBe(401);
      expect(allowed.status).toBe(200);
    });

    it('when roles, name and locations change, then sign-in carries the new roles', async () => {
      const kim = await aStaffMember(orders.url, ours, ['waiter']);

      const res = await send('PATCH', `/v1/staff-users/${kim.id}`, ours.asAdmin, {
        name: 'Kim K.',
        roles: ['waiter', 'cashier'],
        locationIds: null,
      });
      const token = await signIn(kim.email, kim.password);

      expect(res.body).toMatchObject({
        name: 'Kim K.',
        roles: ['waiter', 'cashier'],
        locationIds: null,
      });
      expect(token.body.user.roles).toEqual(['waiter', 'cashier']);
    });

    it('when the last admin would drop their admin role or disable themselves, then answers 422 last-admin', async () => {
      const demote = await send('PATCH', `/v1/staff-users/${ours.adminId}`, ours.asAdmin, {
        roles: ['manager'],
        locationIds: null,
      });
      const disable = await send('PATCH', `/v1/staff-users/${ours.adminId}`, ours.asAdmin, {
        disabled: true,
      });

      expect(demote.status).toBe(422);
      expect(demote.body.type).toMatch(/last-admin$/);
      expect(demote.body.fields).toEqual([expect.objectContaining({ field: 'roles' })]);
      expect(disable.body.fields).toEqual([expect.objectContaining({ field: 'disabled' })]);
      const [row] = await orders.app.platform.db.query<{ roles: string[] }>(
        'SELECT roles FROM staff_users WHERE id = $1',
        [ours.adminId],
      );
      expect(row!.roles).toEqual(['admin']);
    });

    it('when two admins demote themselves at once, then one stays admin', async () => {
      const business = await onboardedBusiness(orders.url);
      const second = await aStaffMember(orders.url, business, ['admin'], null);

      const answers = await Promise.all(
        [
          [business.adminId, business.asAdmin],
          [second.id, second.headers],
        ].map(([id, headers]) =>
          send('PATCH', `/v1/staff-users/${id as string}`, headers as Headers, {
            roles: ['manager'],
          }),
        ),
      );

      expect(answers.map((a) => a.status).sort()).toEqual([200, 422]);
      const [row] = await orders.app.platform.db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM staff_users WHERE tenant_id = $1 AND 'admin' = ANY (roles)`,
        [business.tenantId],
      );
      expect(row!.n).toBe(1);
    });
  });

  describe('PUT /v1/me/password', () => {
    it('when the current password is right, then only the new one signs in', async () => {
      const kim = await aStaffMember(orders.url, ours, ['kitchen']);

      const res = await send('PUT', '/v1/me/password', kim.headers, {
        currentPassword: kim.password,
        newPassword: 'kims-new-password',
      });

      expect(res.status).toBe(200);
      expect(res.body.id).toBe(kim.id);
      expect((await signIn(kim.email, 'kims-new-password')).status).toBe(200);
      expect((await signIn(kim.email, kim.password)).status).toBe(401);
    });

    it('when the current password is wrong or the new one short, then answers naming the field', async () => {
      const kim = await aStaffMember(orders.url, ours, ['kitchen']);

      const wrong = await send('PUT', '/v1/me/password', kim.headers, {
        currentPassword: 'not-it',
        newPassword: 'kims-new-password',
      });
      const short = await send('PUT', '/v1/me/password', kim.headers, {
        currentPassword: kim.password,
        newPassword: 'short',
      });

      expect(wrong.status).toBe(422);
      expect(wrong.body.type).toMatch(/current-password-wrong$/);
      expect(wrong.body.fields).toEqual([expect.objectContaining({ field: 'currentPassword' })]);
      expect(short.status).toBe(400);
      expect(short.body.fields).toEqual([expect.objectContaining({ field: 'newPassword' })]);
      expect((await signIn(kim.email, kim.password)).status).toBe(200);
    });
  });

  describe('GET /v1/staff-users', () => {
    it('when paged one by one, then every user comes once and no password is shown', async () => {
      const business = await onboardedBusiness(orders.url);
      for (const roles of [['waiter'], ['cashier']])
        await aStaffMember(orders.url, business, roles);
      const seen: string[] = [];
      let cursor: string | null = null;

      do {
        const query: string = cursor ? `&cursor=${cursor}` : '';
        const page = await send('GET', `/v1/staff-users?limit=1${query}`, business.asAdmin);
        expect(JSON.stringify(page.body)).not.toMatch(/password|scrypt/i);
        seen.push(...page.body.items.map((u: { id: string }) => u.id));
        cursor = page.body.nextCursor;
      } while (cursor);

      expect(seen).toHaveLength(3);
      expect(seen[0]).toBe(business.adminId);
      expect(new Set(seen).size).toBe(3);
      expect(await signIn(business.adminEmail, ADMIN_PASSWORD, business.tenantId)).toMatchObject({
        status: 200,
      });
    });
  });
});
