import { connect, type ChannelModel } from 'amqplib';
import { newId } from '../../../libs/contracts/src';
import { BusProbe, TestEnv, waitUntil } from '../../../libs/testing/src';
import { startAlertReceiver, type AlertReceiver } from '../../../test/support/alert-receiver';
import { asStaff } from '../../../test/support/builders';
import { anExampleEvent } from '../../../test/support/example-events';
import { call } from '../../../test/support/http-client';
import { startApp, type StartedApp } from '../../../test/support/stack';

type Event = Record<string, any>;

/**
 * The console's alerts, from events as kitchen, billing and delivery-adapter publish them:
 * raised once per incident (a repeat joins the open alert, the hook hears of it once), shown
 * to their tenant only, acknowledged by an operator, resolved when the cause goes away.
 */
describe('console alerts', () => {
  const env = new TestEnv();
  const place = { tenantId: newId(), locationId: newId() };
  let console_: StartedApp<'console'>;
  let bus: BusProbe;
  let hook: AlertReceiver;
  let broker: ChannelModel;
  let operator: Record<string, string>;

  const anEvent = (type: string, payload: Record<string, unknown> = {}) =>
    anExampleEvent(type, place, payload);
  const alerts = async (who = operator, status = 'open') =>
    (await call('GET', `${console_.url}/v1/alerts?status=${status}`, undefined, who)).body
      .items as Event[];
  const alertOf = (incident: string) =>
    waitUntil(async () => (await alerts()).find((a) => a.incident === incident), {
      what: `the alert ${incident}`,
    });
  const hooked = (incident: string) => hook.received.filter((a) => a.incident === incident);

  beforeAll(async () => {
    hook = await startAlertReceiver();
    console_ = await startApp(env, 'console', {
      ALERT_WEBHOOK_URL: hook.url,
      WATCH_EVERY_MS: '200',
      PAID_UNCONFIRMED_AFTER_MS: '300',
      DLQ_DEPTH_ALERT: '3',
    });
    bus = await BusProbe.start(env.run.amqpUrl, `${env.amqpPrefix}brigade.events`);
    await bus.consumed(`${env.amqpPrefix}console.all-events`);
    broker = await connect(env.run.amqpUrl);
    operator = await asStaff(place.tenantId, ['operator']);
  });
  afterAll(async () => {
    await broker.close();
    await bus.stop();
    await console_.stop();
    await hook.stop();
  });

  it('when a station goes offline twice before anyone acts, then one alert and one webhook; acknowledged, the next outage is a new one; online resolves it', async () => {
    const stationId = newId();
    const offline = () =>
      bus.publish(anEvent('kitchen.station-offline.v1', { stationId }) as never);
    const incident = `station:${stationId}`;

    await offline();
    const first = await alertOf(incident);
    await offline();
    await waitUntil(async () => (await alertOf(incident)).occurrences === 2, {
      what: 'the repeat counted',
    });
    await waitUntil(() => hooked(incident).length > 0 && first.id, { what: 'the webhook' });

    expect(first).toMatchObject({ kind: 'station-offline', tenantId: place.tenantId });
    expect(hooked(incident)).toHaveLength(1);
    expect(hooked(incident)[0]).toMatchObject({ id: first.id, kind: 'station-offline' });
    expect(await alerts(await asStaff(newId(), ['operator']))).toEqual([]);
    const ack = await call(
      'POST',
      `${console_.url}/v1/alerts/${first.id}/acknowledge`,
      {},
      operator,
    );
    expect(ack.status).toBe(200);
    expect(ack.body).toMatchObject({
      status: 'acknowledged',
      acknowledgedBy: expect.stringMatching(/^user:/),
    });
    await offline();
    const second = await waitUntil(
      async () => (await alerts()).find((a) => a.incident === incident && a.id !== first.id),
      { what: 'a new alert for the new outage' },
    );
    await waitUntil(() => hooked(incident).length === 2, { what: 'the second webhook' });
    await bus.publish(anEvent('kitchen.station-online.v1', { stationId }) as never);
    await waitUntil(async () => !(await alerts()).some((a) => a.id === second.id), {
      what: 'the alert resolved',
    });
    expect((await alerts(operator, 'resolved')).map((a) => a.id)).toContain(second.id);
  });

  it('when a marketplace order nears its deadline, then an alert names it', async () => {
    const marketplaceOrderId = newId();
    await bus.publish(
      anEvent('marketplace.order-needs-attention.v1', {
        marketplaceOrderId,
        reason: 'deadline-near',
        deadlineAt: new Date(Date.now() + 120_000).toISOString(),
      }) as never,
    );

    const alert = await alertOf(`marketplace-deadline:${marketplaceOrderId}`);

    expect(alert.kind).toBe('marketplace-deadline');
    expect(alert.message).toContain('not accepted yet');
  });

  it('when a bill is paid and no fiscal receipt follows, then it is alerted once; a receipt in time raises nothing', async () => {
    const late = anEvent('bill.paid.v1', { billId: newId(), orderId: newId() });
    const onTime = anEvent('bill.paid.v1', { billId: newId(), orderId: newId() });
    await bus.publish(onTime as never);
    await bus.publish(
      anEvent('order.fiscalized.v1', {
        billId: onTime.payload.billId,
        orderId: onTime.payload.orderId,
      }) as never,
    );
    await bus.publish(late as never);

    const alert = await alertOf(`paid-not-confirmed:${late.payload.billId}`);

    expect(alert).toMatchObject({ kind: 'paid-not-confirmed', orderId: late.payload.orderId });
    expect(
      (await alerts()).some((a) => a.incident === `paid-not-confirmed:${onTime.payload.billId}`),
    ).toBe(false);
  });

  it('when dead letters pile up to the threshold, then the depth alert is raised once, and their failure alerted once', async () => {
    const ch = await broker.createConfirmChannel();
    for (let i = 0; i < 4; i++) {
      const event = anEvent('order.placed.v1');
      ch.publish(
        `${env.amqpPrefix}brigade.dead-letters`,
        `${env.amqpPrefix}billing.order-events`,
        Buffer.from(JSON.stringify(event)),
        {
          messageId: event.id,
          type: event.type,
          persistent: true,
          headers: {
            'x-brigade-reason': 'rejected',
            'x-brigade-error': 'the menu item is unknown',
          },
        },
      );
    }
    await ch.waitForConfirms();
    await ch.close();

    const depth = await alertOf(`dead-letter-depth:${place.tenantId}`);
    await waitUntil(
      async () =>
        (
          await call(
            'GET',
            `${console_.url}/v1/failures?service=billing&status=open`,
            undefined,
            operator,
          )
        ).body.items.length === 4,
      { what: 'the four dead letters' },
    );

    expect(depth.kind).toBe('dead-letter-depth');
    expect((await alertOf(`dead-letter-depth:${place.tenantId}`)).occurrences).toBe(2);
    const permanent = (await alerts()).filter((a) => a.kind === 'permanent-failure');
    expect(permanent).toHaveLength(1);
    // One incident (billing refusing that kind of message), four failures in it, one webhook.
    expect(permanent[0]!.occurrences).toBe(4);
    await waitUntil(() => hooked(permanent[0]!.incident).length > 0, { what: 'its webhook' });
    expect(hooked(permanent[0]!.incident)).toHaveLength(1);
  });
});
