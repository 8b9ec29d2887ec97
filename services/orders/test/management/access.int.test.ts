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

type Headers = Record<string, string>;

describe('management API: roles and tenancy', () => {
  const env = new TestEnv();
  let orders: StartedApp<'orders'>;
  let ours: Business;
  let theirs: Business;
  let otherLocationId: string;
  let waiter: { id: string; headers: Headers };
  let manager: { id: string; headers: Headers };
  let ourKeyId: string;
  let theirKeyId: string;
  let theirUserId: string;
  const send = (method: string, path: string, headers: Headers, body?: unknown) =>
    call(method, `${orders.url}${path}`, body, headers);
  const aKey = (b: Business, locationIds: string[], headers = b.asAdmin) =>
    send('POST', '/v1/api-keys', headers, { name: 'Kiosk', locationIds, channel: 'kiosk' });
  const aUser = (roles: string[], locationIds: string[] | null) => ({
    email: `${newId()}@linde.test`,
    name: 'New colleague',
    password: 'a-long-password',
    roles,
    locationIds,
  });

  beforeAll(async () => {
    orders = await startApp(env, 'orders', { PROVISIONING_KEY });
    [ours, theirs] = [await onboardedBusiness(orders.url), await onboardedBusiness(orders.url)];
    otherLocationId = (
      await send('POST', '/v1/locations', ours.asAdmin, { name: 'Filiale', currency: 'EUR' })
    ).body.id;
    waiter = await aStaffMember(orders.url, ours, ['waiter']);
    manager = await aStaffMember(orders.url, ours, ['manager']);
    ourKeyId = (await aKey(ours, [ours.locationId])).body.id;
    theirKeyId = (await aKey(theirs, [theirs.locationId])).body.id;
    theirUserId = (await aStaffMember(orders.url, theirs, ['waiter'])).id;
  });
  afterAll(() => orders.stop());

  describe('a waiter', () => {
    const writes: [string, string, () => unknown][] = [
      ['PATCH', '/v1/tenant', () => ({ name: 'Mine now' })],
      ['POST', '/v1/locations', () => ({ name: 'Bar', currency: 'EUR' })],
      ['PATCH', '/v1/locations/:location', () => ({ autoFire: false })],
      [
        'POST',
        '/v1/api-keys',
        () => ({ name: 'K', locationIds: [ours.locationId], channel: 'qr' }),
      ],
      ['DELETE', '/v1/api-keys/:key', () => undefined],
      ['POST', '/v1/staff-users', () => aUser(['waiter'], [ours.locationId])],
      ['PATCH', '/v1/staff-users/:self', () => ({ roles: ['admin'], locationIds: null })],
      ['PUT', '/v1/staff-users/:self/password', () => ({ password: 'new-password-1' })],
      ['POST', '/v1/approvals', () => ({ action: 'comp-item', subjectId: newId() })],
    ];
    const path = (p: string) =>
      p.replace(':location', ours.locationId).replace(':key', ourKeyId).replace(':self', waiter.id);

    it.each(writes)('when they %s %s, then answers 403', async (method, p, body) => {
      const res = await send(method, path(p), waiter.headers, body());

      expect(res.status).toBe(403);
      expect(res.headers.get('content-type')).toMatch(/problem\+json/);
    });

    it.each(writes)(
      'when a storefront key does %s %s, then answers 403 too',
      async (method, p, body) => {
        const key = await aKey(ours, [ours.locationId]);

        const res = await send(method, path(p), { 'x-api-key': key.body.key }, body());

        expect(res.status).toBe(403);
      },
    );

    it('when they were refused, then nothing changed', async () => {
      const [row] = await orders.app.platform.db.query<{
        roles: string[];
        revoked_at: Date | null;
      }>(
        `SELECT u.roles, k.revoked_at FROM staff_users u, api_keys k WHERE u.id = $1 AND k.id = $2`,
        [waiter.id, ourKeyId],
      );

      expect(row).toEqual({ roles: ['waiter'], revoked_at: null });
    });
  });

  describe('a manager of one location', () => {
    it('when they change their location, then it changes; another location answers 404', async () => {
      const own = await send('PATCH', `/v1/locations/${ours.locationId}`, manager.headers, {
        sessionIdleMinutes: 120,
      });
      const other = await send('PATCH', `/v1/locations/${otherLocationId}`, manager.headers, {
        sessionIdleMinutes: 120,
      });

      expect(own.status).toBe(200);
      expect(own.body.sessionIdleMinutes).toBe(120);
      expect(other.status).toBe(404);
    });

    it('when they add a waiter to their location, then it is taken', async () => {
      const res = await send(
        'POST',
        '/v1/staff-users',
        manager.headers,
        aUser(['waiter', 'cashier'], [ours.locationId]),
      );

      expect(res.status).toBe(201);
    });

    it.each([
      ['a manager', ['manager']],
      ['an admin', ['admin']],
      ['an operator', ['operator']],
    ])('when they would add %s, then answers 403', async (_who, roles) => {
      const locationIds = roles.includes('admin') ? null : [ours.locationId];

      const res = await send('POST', '/v1/staff-users', manager.headers, aUser(roles, locationIds));

      expect(res.status).toBe(403);
    });

    it('when they would add a waiter elsewhere or everywhere, then answers 403', async () => {
      const elsewhere = await send(
        'POST',
        '/v1/staff-users',
        manager.headers,
        aUser(['waiter'], [otherLocationId]),
      );
      const everywhere = await send(
        'POST',
        '/v1/staff-users',
        manager.headers,
        aUser(['waiter'], null),
      );

      expect([elsewhere.status, everywhere.status]).toEqual([403, 403]);
    });

    it('when they would touch the admin or promote their waiter, then answers 403', async () => {
      const rename = await send('PATCH', `/v1/staff-users/${ours.adminId}`, manager.headers, {
        name: 'X',
      });
      const reset = await send('PUT', `/v1/staff-users/${ours.adminId}/password`, manager.headers, {
        password: 'taken-over-1',
      });
      const promote = await send('PATCH', `/v1/staff-users/${waiter.id}`, manager.headers, {
        roles: ['manager'],
      });

      expect([rename.status, reset.status, promote.status]).toEqual([403, 403, 403]);
    });

    it("when they reset their waiter's password, then the waiter signs in with the new one", async () => {
      const res = await send('PUT', `/v1/staff-users/${waiter.id}/password`, manager.headers, {
        password: 'fresh-password-1',
      });
      const [row] = await orders.app.platform.db.query<{ email: string }>(
        'SELECT email FROM staff_users WHERE id = $1',
        [waiter.id],
      );
      const signIn = await call('POST', `${orders.url}/v1/auth/token`, {
        tenantId: ours.tenantId,
        email: row!.email,
        password: 'fresh-password-1',
      });

      expect(res.status).toBe(200);
      expect(signIn.status).toBe(200);
    });

    it('when they issue keys, then only for their own locations (422 naming the others)', async () => {
      const own = await aKey(ours, [ours.locationId], manager.headers);
      const mixed = await aKey(
        ours,
        [ours.locationId, otherLocationId, theirs.locationId],
        manager.headers,
      );

      expect(own.status).toBe(201);
      expect(mixed.status).toBe(422);
      expect(mixed.body.type).toMatch(/unknown-location$/);
      expect(mixed.body.fields.map((f: { field: string }) => f.field)).toEqual([
        'locationIds.1',
        'locationIds.2',
      ]);
    });

    it('when they list keys and staff, then they see those of their location only', async () => {
      const elsewhereKey = (await aKey(ours, [otherLocationId])).body.id;
      const elsewhereUser = (await aStaffMember(orders.url, ours, ['waiter'], [otherLocationId]))
        .id;

      const keys = await send('GET', '/v1/api-keys', manager.headers);
      const users = await send('GET', '/v1/staff-users', manager.headers);
      const hidden = await send('GET', `/v1/staff-users/${elsewhereUser}`, manager.headers);

      const keyIds = keys.body.items.map((k: { id: string }) => k.id);
      const userIds = users.body.items.map((u: { id: string }) => u.id);
      expect(keyIds).toContain(ourKeyId);
      expect(keyIds).not.toContain(elsewhereKey);
      expect(userIds).toEqual(expect.arrayContaining([ours.adminId, manager.id, waiter.id]));
      expect(userIds).not.toContain(elsewhereUser);
      expect(hidden.status).toBe(404);
    });

    it('when they open a location or rename the business, then answers 403', async () => {
      const open = await send('POST', '/v1/locations', manager.headers, {
        name: 'Bar',
        currency: 'EUR',
      });
      const rename = await send('PATCH', '/v1/tenant', manager.headers, { name: 'Mine' });

      expect([open.status, rename.status]).toEqual([403, 403]);
    });
  });

  describe("another business's ids", () => {
    const routes: [string, string, () => unknown][] = [
      ['GET', '/v1/locations/:location', () => undefined],
      ['PATCH', '/v1/locations/:location', () => ({ name: 'Taken over' })],
      ['DELETE', '/v1/api-keys/:key', () => undefined],
      ['GET', '/v1/staff-users/:user', () => undefined],
      ['PATCH', '/v1/staff-users/:user', () => ({ disabled: true })],
      ['PUT', '/v1/staff-users/:user/password', () => ({ password: 'taken-over-1' })],
    ];

    it.each(routes)(
      'when our admin does %s %s with theirs, then answers 404 like a missing one',
      async (method, p, body) => {
        const theirPath = p
          .replace(':location', theirs.locationId)
          .replace(':key', theirKeyId)
          .replace(':user', theirUserId);
        const missingPath = p.replace(/:\w+/, newId());

        const res = await send(method, theirPath, ours.asAdmin, body());
        const missing = await send(method, missingPath, ours.asAdmin, body());

        expect(res.status).toBe(404);
        expect(res.body.type).toBe(missing.body.type);
        expect(JSON.stringify(res.body)).not.toContain(theirs.tenantId);
      },
    );

    it('when refused, then their things are unchanged', async () => {
      const [row] = await orders.app.platform.db.query<Record<string, unknown>>(
        `SELECT l.name, k.revoked_at, u.disabled_at FROM locations l, api_keys k, staff_users u
          WHERE l.id = $1 AND k.id = $2 AND u.id = $3`,
        [theirs.locationId, theirKeyId, theirUserId],
      );

      expect(row).toEqual({ name: 'Zur Linde Mitte', revoked_at: null, disabled_at: null });
    });

    it('when our admin issues a key for their location or lists, then it is not ours', async () => {
      const key = await aKey(ours, [theirs.locationId]);
      const locations = await send('GET', '/v1/locations', ours.asAdmin);

      expect(key.status).toBe(422);
      expect(key.body.fields).toEqual([expect.objectContaining({ field: 'locationIds.0' })]);
      expect(locations.body.items.map((l: { id: string }) => l.id)).not.toContain(
        theirs.locationId,
      );
    });
  });
});
