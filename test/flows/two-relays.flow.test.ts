import { TestEnv, waitUntil } from '../../libs/testing/src';
import {
  aMenu,
  anIdempotencyKey,
  aPlaceOrderRequest,
  asStaff,
  asStorefront,
} from '../support/builders';
import { call } from '../support/http-client';
import { startApp, type StartedApp } from '../support/stack';
import { ticketsPerOrder } from '../support/stack-helpers';

describe('two orders instances, so two outbox relays, on one database', () => {
  const env = new TestEnv();
  let ordersA: StartedApp<'orders'>;
  let ordersB: StartedApp<'orders'>;
  let kitchen: StartedApp<'kitchen'>;
  let billing: StartedApp<'billing'>;

  beforeAll(async () => {
    // Both instances get the same database: TestEnv hands out one per service.
    [ordersA, ordersB, kitchen, billing] = await Promise.all([
      startApp(env, 'orders'),
      startApp(env, 'orders'),
      startApp(env, 'kitchen'),
      startApp(env, 'billing'),
    ]);
  });
  afterAll(async () => {
    await Promise.all([ordersA.stop(), ordersB.stop(), kitchen.stop(), billing.stop()]);
  });

  it('when 300 orders are spread over both, then every event is published and no ticket is doubled', async () => {
    const menu = await aMenu(ordersA.app.platform.db);

    const answers = [];
    for (let batch = 0; batch < 10; batch++) {
      answers.push(
        ...(await Promise.all(
          Array.from({ length: 30 }, (_, i) =>
            call('POST', `${(i % 2 ? ordersA : ordersB).url}/v1/orders`, aPlaceOrderRequest(menu), {
              'Idempotency-Key': anIdempotencyKey(),
              ...asStorefront(menu),
            }),
          ),
        )),
      );
    }

    expect(answers.every((a) => a.status === 201)).toBe(true);
    const counts = await ticketsPerOrder(
      kitchen.url,
      answers.map((a) => a.body.id),
      await asStaff(menu.tenantId),
    );
    expect([...counts.values()].filter((n) => n !== 1)).toEqual([]);
    const tickets = await kitchen.app.platform.db.query<{ n: string }>(
      'SELECT count(*) n FROM tickets',
    );
    expect(tickets[0]!.n).toBe('300');
    const outbox = await waitUntil(async () => {
      const [row] = await ordersA.app.platform.db.query<{ n: string }>(
        'SELECT count(*) n FROM outbox',
      );
      return row!.n === '0' && row!.n;
    });
    expect(outbox).toBe('0');
    const publishedByRelays =
      ordersA.app.platform.relay.publishedCount + ordersB.app.platform.relay.publishedCount;
    expect(publishedByRelays).toBe(600);
  });
});
