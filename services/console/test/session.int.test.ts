import { aMenu, type TestMenu } from '../../../test/support/builders';
import { anOperator } from '../../../test/support/console-operator';
import { call } from '../../../test/support/http-client';
import { startApp, type StartedApp } from '../../../test/support/stack';
import { TestEnv } from '../../../libs/testing/src';

/** The page and its sign-in: through the console, for operators and admins only. */
describe('signing in to the console', () => {
  const env = new TestEnv();
  let orders: StartedApp<'orders'>;
  let console_: StartedApp<'console'>;
  let menu: TestMenu;

  beforeAll(async () => {
    orders = await startApp(env, 'orders');
    console_ = await startApp(env, 'console', { ORDERS_URL: orders.url });
    menu = await aMenu(orders.app.platform.db);
  });
  afterAll(() => Promise.all([orders.stop(), console_.stop()]));

  const signIn = (email: string, password: string) =>
    call('POST', `${console_.url}/v1/session`, { tenantId: menu.tenantId, email, password });

  it('when an operator signs in, then the token works on the console API', async () => {
    const operator = await anOperator(orders.app.platform.db, menu.tenantId);

    const session = await signIn(operator.email, operator.password);
    const failures = await call('GET', `${console_.url}/v1/failures`, undefined, {
      authorization: `Bearer ${session.body.token}`,
    });

    expect(session.status).toBe(200);
    expect(session.body.user.roles).toEqual(['operator']);
    expect(failures.status).toBe(200);
  });

  it('when a waiter or a wrong password tries, then 403 and 401 name why', async () => {
    const waiter = await anOperator(orders.app.platform.db, menu.tenantId, 'waiter');

    const notOperator = await signIn(waiter.email, waiter.password);
    const wrong = await signIn(waiter.email, 'not-the-password');
    const missing = await call('POST', `${console_.url}/v1/session`, { tenantId: menu.tenantId });

    expect(notOperator.status).toBe(403);
    expect(notOperator.body.type).toContain('not-an-operator');
    expect(wrong.status).toBe(401);
    expect(wrong.body.type).toContain('sign-in-failed');
    expect(missing.status).toBe(400);
    expect(missing.body.fields.map((f: { field: string }) => f.field)).toEqual(
      expect.arrayContaining(['email', 'password']),
    );
  });

  it('when the API is called without a token, then 401; the page itself loads without one', async () => {
    for (const path of ['/v1/failures', '/v1/alerts', '/v1/live']) {
      expect((await call('GET', `${console_.url}${path}`)).status).toBe(401);
    }
    const page = await fetch(`${console_.url}/`);
    const script = await fetch(`${console_.url}/console/assets/console.js`);

    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Brigade operator console');
    expect(script.status).toBe(200);
  });
});
