import { connect, type ChannelModel } from 'amqplib';
import { newId, type BillableOrderResponse } from '../../../libs/contracts/src';
import { consumerMetrics } from '../../../libs/messaging/src';
import { BusProbe, type TestEnv, waitUntil } from '../../../libs/testing/src';
import { asStaff } from '../../../test/support/builders';
import { call } from '../../../test/support/http-client';
import { startApp, type StartedApp } from '../../../test/support/stack';

const QUEUE = 'billing.order-events';
type Owner = { tenantId: string; orderId: string };

/**
 * billing running in the test process, and a bus to play orders on: publish envelopes, read
 * the views over HTTP as staff, count how the consumer handled messages, see dead letters.
 */
export async function startBilling(env: TestEnv, overrides: Record<string, string> = {}) {
  const billing: StartedApp<'billing'> = await startApp(env, 'billing', overrides);
  await billing.app.platform.amqp.waitUntilConnected();
  const exchange = `${env.amqpPrefix}brigade.events`;
  const bus = await BusProbe.start(env.run.amqpUrl, exchange);
  await bus.watchDeadLetters(`${env.amqpPrefix}brigade.dead-letters`, `${env.amqpPrefix}${QUEUE}`);
  const amqp: ChannelModel = await connect(env.run.amqpUrl);

  /** How many messages the consumer has handled with `outcome` (applied, duplicate, retried…). */
  const handled = async (outcome: string) => {
    const { values } = await consumerMetrics.handled.get();
    return values
      .filter((v) => v.labels.queue === QUEUE && v.labels.outcome === outcome)
      .reduce((sum, v) => sum + v.value, 0);
  };
  const inInbox = async (messageId: string) =>
    (await billing.app.platform.db.query('SELECT 1 FROM inbox WHERE message_id = $1', [messageId]))
      .length === 1;
  const view = async (order: Owner): Promise<BillableOrderResponse | undefined> => {
    const res = await call(
      'GET',
      `${billing.url}/v1/billable-orders/${order.orderId}`,
      undefined,
      await asStaff(order.tenantId, ['cashier']),
    );
    return res.status === 200 ? (res.body as BillableOrderResponse) : undefined;
  };

  return {
    billing,
    bus,
    handled,
    view,
    publish: (event: { id: string; type: string }) => bus.publish(event),
    /** Publishes anything, even what is not JSON, as `type`. */
    async publishRaw(body: unknown, type: string) {
      const ch = await amqp.createConfirmChannel();
      const text = typeof body === 'string' ? body : JSON.stringify(body);
      ch.publish(exchange, type, Buffer.from(text), { persistent: true });
      await ch.waitForConfirms();
      await ch.close();
    },
    /** Publishes and waits until the message is applied (its id is in the inbox). */
    async apply(...events: { id: string; type: string }[]) {
      for (const event of events) {
        await bus.publish(event);
        await waitUntil(() => inInbox(event.id), { what: `${event.type} applied` });
      }
    },
    /** Waits until the order's view exists and satisfies `until`. */
    waitForView: (
      order: Owner,
      until: (v: BillableOrderResponse) => boolean = () => true,
      what = 'the view',
    ) =>
      waitUntil(
        async () => {
          const v = await view(order);
          return v && until(v) ? v : undefined;
        },
        { what, timeoutMs: 15_000 },
      ),
    /**
     * Delivers an applied event again, twice: the same message (the relay publishing it
     * again) and the same fact under a new message id; waits until both were handled.
     */
    async redeliver(event: { id: string; type: string }) {
      const duplicates = await handled('duplicate');
      await bus.publish(event);
      await waitUntil(async () => (await handled('duplicate')) > duplicates, {
        what: 'the redelivery skipped',
      });
      const copy = { ...event, id: newId() };
      await bus.publish(copy);
      await waitUntil(() => inInbox(copy.id), { what: 'the copy handled' });
    },
    /** Resolves once the consumer has sent one more message to its retry queue than now. */
    async nextRetry() {
      const before = await handled('retried');
      return () => waitUntil(async () => (await handled('retried')) > before, { what: 'a retry' });
    },
    async stop() {
      await amqp.close();
      await bus.stop();
      await billing.stop();
    },
  };
}
export type Billing = Awaited<ReturnType<typeof startBilling>>;

/** The view charges exactly its active, uncomped lines, and that is orders' total. */
export function expectInStep(view: BillableOrderResponse, ordersTotalMinor: number): void {
  const charged = view.lines
    .filter((l) => l.status === 'active' && !l.comped)
    .reduce((sum, l) => sum + l.total.amountMinor, 0);
  expect(view.total.amountMinor).toBe(charged);
  expect(view.total.amountMinor).toBe(ordersTotalMinor);
  expect(view.lines.reduce((sum, l) => sum + l.charged.amountMinor, 0)).toBe(charged);
}
