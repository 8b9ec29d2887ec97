import { defineRoute, newId } from '../../contracts/src';
import {
  assertAccess,
  createLogger,
  requireRole,
  type StaffActor,
  type StorefrontActor,
} from '../../core/src';
import { z } from 'zod';
import {
  actorOf,
  authenticate,
  createHttpApp,
  hashApiKey,
  listen,
  mountRoute,
  newApiKey,
  StaffTokens,
  type RunningServer,
} from '../src';

const SECRET = 'a-test-secret-of-at-least-32-characters!';
const tokens = new StaffTokens(SECRET);
const tenantId = newId();
const locationId = newId();
const apiKey = newApiKey();
const storefront: StorefrontActor = {
  kind: 'storefront',
  tenantId,
  apiKeyId: newId(),
  locationIds: [locationId],
  channel: 'qr',
};
const staff = (roles: StaffActor['roles'], tenant = tenantId): Omit<StaffActor, 'kind'> => ({
  tenantId: tenant,
  userId: newId(),
  roles,
  locationIds: [locationId],
});

const whoAmI = defineRoute({
  method: 'get',
  path: '/v1/whoami',
  summary: 'The caller',
  tag: 'test',
  request: {},
  response: { status: 200, description: 'actor', body: z.unknown() },
  problems: [],
});
const voidItem = defineRoute({
  method: 'post',
  path: '/v1/items/:itemId/void',
  summary: 'A privileged action',
  tag: 'test',
  request: {
    params: z.object({ itemId: z.string() }),
    body: z.object({ locationId: z.string(), tenantId: z.string() }),
  },
  response: { status: 200, description: 'approved by', body: z.unknown() },
  problems: [],
});

describe('authentication and guards', () => {
  let server: RunningServer;
  let url: string;
  const get = (headers: Record<string, string>) => fetch(`${url}/v1/whoami`, { headers });

  beforeAll(async () => {
    const app = createHttpApp({
      title: 'auth test',
      log: createLogger('test', 'silent'),
      readiness: {},
      routes: [whoAmI, voidItem],
      mount: (router) => {
        router.use(
          authenticate({
            tokens,
            apiKeys: async (key) =>
              hashApiKey(key) === hashApiKey(apiKey) ? storefront : undefined,
          }),
        );
        mountRoute(router, whoAmI, async (_input, req) => actorOf(req));
        mountRoute(router, voidItem, async ({ params, body }, req) => {
          const actor = actorOf(req);
          assertAccess(actor, body, 'The item');
          requireRole(actor, 'waiter', 'manager');
          return tokens.verifyApproval(req.header('x-manager-approval'), {
            tenantId: actor.tenantId,
            action: 'void-after-fire',
            subjectId: params.itemId,
          });
        });
      },
    });
    server = await listen(app, 0, '127.0.0.1');
    url = `http://127.0.0.1:${server.port}`;
  });
  afterAll(() => server.close());

  it('when a staff token is sent, then the request runs as that member of staff', async () => {
    const who = staff(['waiter']);

    const res = await get({ authorization: `Bearer ${await tokens.sign(who)}` });

    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ kind: 'staff', ...who });
  });

  it('when a known API key is sent, then the request runs as that storefront', async () => {
    const res = await get({ 'x-api-key': apiKey });

    expect(await res.json()).toEqual(storefront);
  });

  it('when a storefront token (its API key exchanged at orders) is sent, then the request runs as that storefront', async () => {
    const { kind: _kind, ...actor } = storefront;

    const res = await get({ authorization: `Bearer ${await tokens.signStorefront(actor)}` });

    expect(await res.json()).toEqual(storefront);
  });

  it('when an approval is sent as a bearer token, then answers 401 token-invalid', async () => {
    const approval = await tokens.signApproval(
      { kind: 'staff', ...staff(['manager']) },
      'refund',
      newId(),
    );

    const res = await get({ authorization: `Bearer ${approval}` });

    expect(res.status).toBe(401);
    expect(((await res.json()) as { type: string }).type).toMatch(/token-invalid$/);
  });

  it.each([
    ['no credential', {}, 'unauthenticated'],
    ['an unknown API key', { 'x-api-key': newApiKey() }, 'unauthenticated'],
    ['a token signed with another secret', { authorization: 'Bearer OTHER' }, 'token-invalid'],
    ['a tampered token', { authorization: 'Bearer TAMPERED' }, 'token-invalid'],
  ])(
    'when %s is sent, then answers 401 %s',
    async (_what, headers: Record<string, string>, type) => {
      const good = await tokens.sign(staff(['admin']));
      const other = await new StaffTokens('another-secret-of-at-least-32-characters').sign(
        staff(['admin']),
      );
      const [head, , sig] = good.split('.');
      const forged = `${head}.${Buffer.from(JSON.stringify({ sub: 'x', tid: tenantId, roles: ['admin'], use: 'staff', iss: 'brigade' })).toString('base64url')}.${sig}`;
      const sent = { ...headers };
      if (sent.authorization === 'Bearer OTHER') sent.authorization = `Bearer ${other}`;
      if (sent.authorization === 'Bearer TAMPERED') sent.authorization = `Bearer ${forged}`;

      const res = await get(sent);

      expect(res.status).toBe(401);
      expect(res.headers.get('content-type')).toMatch(/problem\+json/);
      expect(((await res.json()) as { type: string }).type).toMatch(new RegExp(`/${type}$`));
    },
  );

  it('when the token has expired, then answers 401 token-expired', async () => {
    let now = new Date();
    const clock = { now: () => now };
    const shortLived = new StaffTokens(SECRET, 60, 60, clock);
    const token = await shortLived.sign(staff(['waiter']));
    await expect(shortLived.verify(token)).resolves.toMatchObject({ kind: 'staff' });

    now = new Date(now.getTime() + 61_000);

    await expect(shortLived.verify(token)).rejects.toMatchObject({
      status: 401,
      type: 'token-expired',
    });
  });

  describe('a privileged action (void after fire)', () => {
    const itemId = newId();
    const call = async (
      who: Omit<StaffActor, 'kind'>,
      approval?: string,
      body = { tenantId, locationId },
    ) =>
      fetch(`${url}/v1/items/${itemId}/void`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${await tokens.sign(who)}`,
          ...(approval ? { 'x-manager-approval': approval } : {}),
        },
        body: JSON.stringify(body),
      });
    const manager = { kind: 'staff' as const, ...staff(['manager']) };

    it('when a waiter sends no approval, then answers 403 approval-required', async () => {
      const res = await call(staff(['waiter']));

      expect(res.status).toBe(403);
      expect(((await res.json()) as { type: string }).type).toMatch(/approval-required$/);
    });

    it("when a waiter carries a manager's approval for this item, then it runs and names the manager", async () => {
      const approval = await tokens.signApproval(manager, 'void-after-fire', itemId);

      const res = await call(staff(['waiter']), approval);

      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({
        managerId: manager.userId,
        action: 'void-after-fire',
        subjectId: itemId,
      });
    });

    it.each([
      ['another item', () => tokens.signApproval(manager, 'void-after-fire', newId())],
      ['another action', () => tokens.signApproval(manager, 'comp', itemId)],
      [
        'another tenant',
        () => tokens.signApproval({ ...manager, tenantId: newId() }, 'void-after-fire', itemId),
      ],
    ])('when the approval is for %s, then answers 403', async (_what, approve) => {
      const res = await call(staff(['waiter']), await approve());

      expect(res.status).toBe(403);
    });

    it('when a waiter tries to sign an approval, then it is refused', async () => {
      await expect(
        tokens.signApproval({ kind: 'staff', ...staff(['waiter']) }, 'comp', itemId),
      ).rejects.toMatchObject({ status: 403 });
    });

    it('when a staff token is used as an approval, then answers 401 token-invalid', async () => {
      const res = await call(staff(['waiter']), await tokens.sign(staff(['manager'])));

      expect(res.status).toBe(401);
    });

    it.each([
      ['another tenant', { tenantId: newId(), locationId }],
      ['a location outside the caller', { tenantId, locationId: newId() }],
    ])(
      'when the item belongs to %s, then answers 404 as if it did not exist',
      async (_what, owner) => {
        const res = await call(staff(['manager']), undefined, owner);

        expect(res.status).toBe(404);
      },
    );

    it('when a kitchen user calls it, then answers 403 forbidden', async () => {
      const res = await call(staff(['kitchen']));

      expect(res.status).toBe(403);
      expect(((await res.json()) as { type: string }).type).toMatch(/forbidden$/);
    });
  });
});
