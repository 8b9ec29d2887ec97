import { newId } from '../../../../libs/contracts/src';
import { TestEnv } from '../../../../libs/testing/src';
import { call } from '../../../../test/support/http-client';
import { startApp, type StartedApp } from '../../../../test/support/stack';
import { managementRoutes } from '../../src/http/management.routes';
import { ADMIN_PASSWORD, anOnboarding, PROVISIONING_KEY, signedIn } from './management-fixtures';

describe('POST /v1/tenants (onboarding) and the first steps of a new admin', () => {
  const env = new TestEnv();
  let orders: StartedApp<'orders'>;
  const onboard = (body: unknown, headers: Record<string, string> = {}) =>
    call('POST', `${orders.url}/v1/tenants`, body, headers);
  const withKey = { 'x-provisioning-key': PROVISIONING_KEY };
  const sql = <T>(text: string, params: unknown[]) => orders.app.platform.db.query<T>(text, params);

  beforeAll(async () => {
    orders = await startApp(env, 'orders', { PROVISIONING_KEY });
  });
  afterAll(() => orders.stop());

  it.each([
    ['no provisioning key', {}],
    ['a wrong provisioning key', { 'x-provisioning-key': `${PROVISIONING_KEY}x` }],
    ['a staff token instead', { authorization: 'Bearer not.a.token' }],
  ])('when it carries %s, then answers 401 and stores nothing', async (_what, headers) => {
    const name = `Nobody ${newId()}`;

    const res = await onboard(anOnboarding({ name }), headers);

    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toMatch(/problem\+json/);
    expect(res.body.type).toMatch(/provisioning-key-invalid$/);
    expect(await sql('SELECT 1 FROM tenants WHERE name = $1', [name])).toEqual([]);
  });

  it('when the key is missing and the body is bad too, then the key is what it answers about', async () => {
    const res = await onboard({ name: '' });

    expect(res.status).toBe(401);
    expect(res.body.type).toMatch(/provisioning-key-invalid$/);
  });

  it('when the key is right, then stores the business, its location (with its order numbers) and admin', async () => {
    const body = anOnboarding();

    const res = await onboard(body, withKey);

    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      tenant: { name: 'Gasthaus Zur Linde GmbH' },
      location: {
        name: 'Zur Linde Mitte',
        currency: 'EUR',
        timezone: 'Europe/Berlin',
        address: null,
        autoFire: true,
        stockPolicy: 'block',
        sessionIdleMinutes: 240,
        closedSessionRetentionDays: 30,
      },
      admin: {
        email: body.admin.email.toLowerCase(),
        roles: ['admin'],
        locationIds: null,
        disabled: false,
      },
    });
    expect(JSON.stringify(res.body)).not.toMatch(/password|scrypt/i);
    const [user] = await sql<{ tenant_id: string; password_hash: string }>(
      'SELECT tenant_id, password_hash FROM staff_users WHERE id = $1',
      [res.body.admin.id],
    );
    expect(user!.tenant_id).toBe(res.body.tenant.id);
    expect(user!.password_hash).toMatch(/^scrypt\$/);
    expect(user!.password_hash).not.toContain(ADMIN_PASSWORD);
    const sequence = `order_numbers_${(res.body.location.id as string).replace(/-/g, '')}`;
    expect(await sql('SELECT 1 FROM pg_class WHERE relname = $1', [sequence])).toHaveLength(1);
  });

  it('when the body is not valid, then answers 400 naming each field and stores nothing', async () => {
    const name = `Invalid ${newId()}`;
    const body = anOnboarding({
      name,
      location: { name: 'X', currency: 'euro', timezone: 'Mars/Olympus_Mons' },
      admin: { email: 'not-an-email', name: 'Lena', password: 'short' },
    });

    const res = await onboard(body, withKey);

    expect(res.status).toBe(400);
    expect(res.body.fields.map((f: { field: string }) => f.field).sort()).toEqual([
      'admin.email',
      'admin.password',
      'location.currency',
      'location.timezone',
    ]);
    expect(await sql('SELECT 1 FROM tenants WHERE name = $1', [name])).toEqual([]);
  });

  it('when the OpenAPI document is read, then it describes every management route', async () => {
    const res = await call('GET', `${orders.url}/openapi.json`);

    expect(res.status).toBe(200);
    for (const route of managementRoutes) {
      const path = route.path.replace(/:(\w+)/g, '{$1}');
      expect(res.body.paths[path]?.[route.method]).toBeDefined();
    }
    expect(res.body.components.schemas).toHaveProperty('CreatedApiKey');
  });

  describe('the new admin', () => {
    let tenantId: string;
    let firstLocationId: string;
    let asAdmin: Record<string, string>;

    beforeAll(async () => {
      const body = anOnboarding();
      const res = await onboard(body, withKey);
      tenantId = res.body.tenant.id;
      firstLocationId = res.body.location.id;
      asAdmin = await signedIn(orders.url, tenantId, body.admin.email, ADMIN_PASSWORD);
    });

    it('when they read and rename the business, then it changes', async () => {
      const renamed = await call(
        'PATCH',
        `${orders.url}/v1/tenant`,
        { name: 'Linde Gruppe' },
        asAdmin,
      );
      const read = await call('GET', `${orders.url}/v1/tenant`, undefined, asAdmin);

      expect(renamed.status).toBe(200);
      expect(read.body).toMatchObject({ id: tenantId, name: 'Linde Gruppe' });
    });

    it('when they open a location, issue a key for it and add a waiter, then the key and the waiter work', async () => {
      const location = await call(
        'POST',
        `${orders.url}/v1/locations`,
        { name: 'Zur Linde Hafen', currency: 'EUR', address: 'Am Kai 1, Hamburg' },
        asAdmin,
      );
      const key = await call(
        'POST',
        `${orders.url}/v1/api-keys`,
        { name: 'QR tables Hafen', locationIds: [location.body.id], channel: 'qr' },
        asAdmin,
      );
      const waiter = await call(
        'POST',
        `${orders.url}/v1/staff-users`,
        {
          email: 'Max.Kellner@Linde.test',
          name: 'Max',
          password: 'waiter-password',
          roles: ['waiter'],
          locationIds: [location.body.id],
        },
        asAdmin,
      );

      expect(location.status).toBe(201);
      expect(location.body).toMatchObject({
        name: 'Zur Linde Hafen',
        address: 'Am Kai 1, Hamburg',
      });
      expect(key.status).toBe(201);
      expect(key.body.key).toMatch(/^bk_/);
      expect(key.body).toMatchObject({ prefix: key.body.key.slice(0, 10), channel: 'qr' });
      expect(waiter.status).toBe(201);
      expect(waiter.body).toMatchObject({ email: 'max.kellner@linde.test', roles: ['waiter'] });
      const asKey = { 'x-api-key': key.body.key };
      const seen = await call('GET', `${orders.url}/v1/locations`, undefined, asKey);
      expect(seen.body.items.map((l: { id: string }) => l.id)).toEqual([location.body.id]);
      const order = await call('GET', `${orders.url}/v1/orders/${newId()}`, undefined, asKey);
      expect(order.status).toBe(404);
      const unknown = await call('GET', `${orders.url}/v1/orders/${newId()}`, undefined, {
        'x-api-key': `${key.body.key}x`,
      });
      expect(unknown.status).toBe(401);
      const [stored] = await sql<{ key_hash: string }>(
        'SELECT key_hash FROM api_keys WHERE id = $1',
        [key.body.id],
      );
      expect(stored!.key_hash).not.toContain(key.body.key);
      const listed = await call('GET', `${orders.url}/v1/api-keys`, undefined, asAdmin);
      expect(listed.body.items).toEqual([expect.objectContaining({ id: key.body.id })]);
      expect(JSON.stringify(listed.body)).not.toContain(key.body.key);
      const signIn = await call('POST', `${orders.url}/v1/auth/token`, {
        tenantId,
        email: 'max.kellner@linde.test',
        password: 'waiter-password',
      });
      expect(signIn.body.user).toMatchObject({ id: waiter.body.id, roles: ['waiter'] });
    });

    it('when they change settings, then the time zone is stored in its canonical spelling and the currency stays', async () => {
      const res = await call(
        'PATCH',
        `${orders.url}/v1/locations/${firstLocationId}`,
        { timezone: 'america/new_york', stockPolicy: 'alert', autoFire: false, currency: 'USD' },
        asAdmin,
      );

      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        timezone: 'America/New_York',
        stockPolicy: 'alert',
        autoFire: false,
        currency: 'EUR',
        name: 'Zur Linde Mitte',
      });
      const [row] = await sql<{ stock_policy: string; auto_fire: boolean }>(
        'SELECT stock_policy, auto_fire FROM locations WHERE id = $1',
        [firstLocationId],
      );
      expect(row).toEqual({ stock_policy: 'alert', auto_fire: false });
    });

    it('when they page through locations, then every one comes once and a foreign cursor answers 400', async () => {
      for (const name of ['Nord', 'Süd', 'West']) {
        await call('POST', `${orders.url}/v1/locations`, { name, currency: 'EUR' }, asAdmin);
      }

      const first = await call('GET', `${orders.url}/v1/locations?limit=2`, undefined, asAdmin);
      const rest = await call(
        'GET',
        `${orders.url}/v1/locations?limit=100&cursor=${first.body.nextCursor}`,
        undefined,
        asAdmin,
      );
      const bad = await call('GET', `${orders.url}/v1/locations?cursor=abc`, undefined, asAdmin);

      const ids = [...first.body.items, ...rest.body.items].map((l: { id: string }) => l.id);
      expect(first.body.items).toHaveLength(2);
      expect(rest.body.nextCursor).toBeNull();
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).toHaveLength(5);
      expect(bad.status).toBe(400);
      expect(bad.body.fields).toEqual([expect.objectContaining({ field: 'query.cursor' })]);
    });
  });
});
