import { newId } from '../../../../libs/contracts/src';
import { hashPassword } from '../../../../libs/http/src';
import { TestEnv } from '../../../../libs/testing/src';
import {
  aMenu,
  anIdempotencyKey,
  aPlaceOrderRequest,
  asStaff,
  asStorefront,
  type TestMenu,
} from '../../../../test/support/builders';
import { call } from '../../../../test/support/http-client';
import { startApp, type StartedApp } from '../../../../test/support/stack';

describe('orders: who may do what', () => {
  const env = new TestEnv();
  let orders: StartedApp<'orders'>;
  let ours: TestMenu;
  let theirs: TestMenu;
  let orderId: string;
  const place = (headers: Record<string, string>, body: unknown = aPlaceOrderRequest(ours)) =>
    call('POST', `${orders.url}/v1/orders`, body, {
      'Idempotency-Key': anIdempotencyKey(),
      ...headers,
    });

  beforeAll(async () => {
    orders = await startApp(env, 'orders');
    [ours, theirs] = [await aMenu(orders.app.platform.db), await aMenu(orders.app.platform.db)];
    orderId = (await place(asStorefront(ours))).body.id;
    await orders.app.platform.db.query(
      `INSERT INTO staff_users (id, tenant_id, email, name, password_hash, roles) VALUES ($1, $2, $3, $4, $5, $6)`,
      [
        newId(),
        ours.tenantId,
        'anna@gasthaus.test',
        'Anna',
        await hashPassword('correct horse'),
        ['waiter'],
      ],
    );
  });
  afterAll(() => orders.stop());

  it.each([
    ['no credential', {}],
    ['an unknown API key', { 'x-api-key': 'bk_unknown' }],
    ['a token that is not ours', { authorization: 'Bearer not.a.token' }],
  ])('when a request carries %s, then answers 401 and stores nothing', async (_what, headers) => {
    const res = await place(headers);

    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toMatch(/problem\+json/);
  });

  it("when a storefront orders for another tenant's location, then answers 404 location-not-found", async () => {
    const res = await place(asStorefront(theirs), aPlaceOrderRequest(ours));

    expect(res.status).toBe(404);
    expect(res.body.type).toMatch(/location-not-found$/);
  });

  it('when a storefront sends another channel than its key has, then answers 422 naming channel', async () => {
    const res = await place(asStorefront(ours), aPlaceOrderRequest(ours, { channel: 'pos' }));

    expect(res.status).toBe(422);
    expect(res.body.fields).toEqual([{ field: 'channel', message: 'must be qr for this API key' }]);
  });

  it('when staff of the tenant place a POS order, then it is taken', async () => {
    const res = await place(
      await asStaff(ours.tenantId, ['waiter']),
      aPlaceOrderRequest(ours, { channel: 'pos' }),
    );

    expect(res.status).toBe(201);
    expect(res.body.channel).toBe('pos');
  });

  it.each([
    ['staff of another tenant', async () => asStaff(theirs.tenantId)],
    ["another tenant's storefront", async () => asStorefront(theirs)],
    ['staff of another location', async () => asStaff(ours.tenantId, ['manager'], [newId()])],
  ])('when %s reads the order, then answers 404 as if it did not exist', async (_who, headers) => {
    const res = await call('GET', `${orders.url}/v1/orders/${orderId}`, undefined, await headers());

    expect(res.status).toBe(404);
    expect(JSON.stringify(res.body)).not.toContain(ours.tenantId);
  });

  it('when staff of the tenant read the order, then they see it', async () => {
    const res = await call(
      'GET',
      `${orders.url}/v1/orders/${orderId}`,
      undefined,
      await asStaff(ours.tenantId),
    );

    expect(res.status).toBe(200);
  });

  it('when a body carries tenantId, status or total, then they are ignored: the server decides', async () => {
    const res = await place(asStorefront(ours), {
      ...aPlaceOrderRequest(ours),
      tenantId: theirs.tenantId,
      status: 'paid',
      total: { amountMinor: 1, currency: 'EUR' },
    });

    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'draft', total: { amountMinor: 2 * 1890 + 390 } });
    const [row] = await orders.app.platform.db.query<{ tenant_id: string }>(
      'SELECT tenant_id FROM orders WHERE id = $1',
      [res.body.id],
    );
    expect(row!.tenant_id).toBe(ours.tenantId);
  });

  describe('POST /v1/auth/token', () => {
    const signIn = (body: unknown) => call('POST', `${orders.url}/v1/auth/token`, body);

    it("when the password is right, then gives a token that reads the tenant's orders", async () => {
      const res = await signIn({
        tenantId: ours.tenantId,
        email: 'Anna@gasthaus.test',
        password: 'correct horse',
      });

      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        expiresInSeconds: 900,
        user: { name: 'Anna', roles: ['waiter'] },
      });
      const read = await call('GET', `${orders.url}/v1/orders/${orderId}`, undefined, {
        authorization: `Bearer ${res.body.token}`,
      });
      expect(read.status).toBe(200);
    });

    it.each([
      ['a wrong password', { email: 'anna@gasthaus.test', password: 'wrong' }],
      ['an unknown email', { email: 'nobody@gasthaus.test', password: 'correct horse' }],
    ])(
      'when it has %s, then answers 401 sign-in-failed, the same either way',
      async (_what, body) => {
        const res = await signIn({ tenantId: ours.tenantId, ...body });

        expect(res.status).toBe(401);
        expect(res.body.type).toMatch(/sign-in-failed$/);
        expect(res.body.detail).toBe('Wrong tenant, email or password');
      },
    );
  });
});
