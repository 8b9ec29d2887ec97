import { newId } from '../../../libs/contracts/src';
import { BusProbe, TestEnv, waitUntil } from '../../../libs/testing/src';
import { asStaff } from '../../../test/support/builders';
import { anExampleEvent } from '../../../test/support/example-events';
import { call } from '../../../test/support/http-client';
import { startApp, type StartedApp } from '../../../test/support/stack';
import { pruneTracesJob } from '../src/jobs/prune-traces.job';

/** An order's trace: its events in time order, for its tenant only, kept for the retention. */
describe("an order's trace", () => {
  const env = new TestEnv();
  const place = { tenantId: newId(), locationId: newId() };
  let console_: StartedApp<'console'>;
  let bus: BusProbe;

  beforeAll(async () => {
    console_ = await startApp(env, 'console');
    bus = await BusProbe.start(env.run.amqpUrl, `${env.amqpPrefix}brigade.events`);
    await bus.consumed(`${env.amqpPrefix}console.all-events`);
  });
  afterAll(async () => {
    await bus.stop();
    await console_.stop();
  });

  it('when events of an order arrive out of order, then the trace lists them by time; past the retention they are forgotten', async () => {
    const orderId = newId();
    const at = (daysAgo: number, minutes = 0) =>
      new Date(Date.now() - daysAgo * 86_400_000 + minutes * 60_000).toISOString();
    const old = anExampleEvent(
      'order.placed.v1',
      place,
      { orderId },
      { aggregateId: orderId, occurredAt: at(40) },
    );
    const fired = anExampleEvent(
      'order.items-fired.v1',
      place,
      { orderId },
      { occurredAt: at(0, 1) },
    );
    const paid = anExampleEvent('payment.paid.v1', place, { orderId }, { occurredAt: at(0, 2) });
    for (const e of [paid, old, fired]) await bus.publish(e as never);
    const operator = await asStaff(place.tenantId, ['operator']);
    const trace = async (who = operator) =>
      (await call('GET', `${console_.url}/v1/orders/${orderId}/trace`, undefined, who)).body
        .items as Array<{ name: string; service: string }>;

    const before = await waitUntil(
      async () => ((await trace()).length === 3 ? trace() : undefined),
      {
        what: 'the three events traced',
      },
    );
    await pruneTracesJob({ trace: console_.app.deps.trace, now: () => new Date() }).process(
      { olderThanDays: 30 },
      undefined as never,
    );

    expect(before.map((t) => [t.name, t.service])).toEqual([
      ['order.placed.v1', 'orders'],
      ['order.items-fired.v1', 'orders'],
      ['payment.paid.v1', 'billing'],
    ]);
    expect(await trace(await asStaff(newId(), ['operator']))).toEqual([]);
    expect((await trace()).map((t) => t.name)).toEqual(['order.items-fired.v1', 'payment.paid.v1']);
  });
});
