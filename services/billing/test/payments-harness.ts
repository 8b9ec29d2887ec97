import { Queue } from 'bullmq';
import { newId } from '../../../libs/contracts/src';
import { waitUntil, type TestEnv } from '../../../libs/testing/src';
import { startMollieSimulator, type MollieSimulator } from '../../../simulators/mollie/src';
import { asStaff } from '../../../test/support/builders';
import { call } from '../../../test/support/http-client';
import { startBilling } from './billing-harness';
import { aLine, anOrder } from './order-events';

/**
 * billing in the test process, speaking to a Mollie simulator in the same process: orders
 * to bill, bills to pay, webhooks to send, and a view of the webhook job queue.
 */
export async function startBillingWithMollie(env: TestEnv, overrides: Record<string, string> = {}) {
  const mollie: MollieSimulator = await startMollieSimulator({ webhookRetryDelaysMs: [200, 400] });
  const billing = await startBilling(env, {
    MOLLIE_API_ENDPOINT: mollie.apiEndpoint,
    MOLLIE_API_KEY: mollie.apiKey,
    MOLLIE_TRUST_ANY_CERTIFICATE: 'true',
    RECONCILE_QUIET_FOR_MS: String(3_600_000),
    ...overrides,
  });
  const { config } = billing.billing.app.platform;
  const syncQueue = new Queue('billing.sync-mollie-payment', {
    connection: { url: config.REDIS_URL } as never,
    prefix: config.REDIS_PREFIX,
  });
  const location = { tenantId: newId(), locationId: newId() };
  const cashier = await asStaff(location.tenantId, ['cashier']);
  const base = billing.billing.url;

  return {
    ...billing,
    mollie,
    location,
    cashier,
    base,
    /** An open order of two lines (total 3240), split into one bill; returns the bill. */
    async aBill(lines = [aLine(1, 1890, 'Schnitzel'), aLine(1, 1350, 'Spätzle')]) {
      const order = anOrder(location);
      const total = lines.reduce((s, l) => s + l.total.amountMinor, 0);
      await billing.apply(order.placed(1, lines, total));
      const res = await call(
        'POST',
        `${base}/v1/orders/${order.orderId}/bills`,
        { kind: 'whole' },
        cashier,
      );
      if (res.status !== 201) throw new Error(`split failed: ${JSON.stringify(res.body)}`);
      return { order, bill: res.body.items[0] as { id: string; total: { amountMinor: number } } };
    },
    pay(billId: string, body: Record<string, unknown>, key = newId(), headers = cashier) {
      return call('POST', `${base}/v1/bills/${billId}/payments`, body, {
        ...headers,
        'idempotency-key': key,
      });
    },
    payment: (paymentId: string) =>
      call('GET', `${base}/v1/payments/${paymentId}`, undefined, cashier),
    /** Posts Mollie's webhook the way Mollie does: a form with only the id. */
    webhook: (id: string) =>
      fetch(`${base}/v1/webhooks/mollie`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ id }).toString(),
      }),
    /** Waits until the webhook jobs queued so far have all run. */
    async webhooksApplied(atLeast: number) {
      await waitUntil(
        async () => {
          const c = await syncQueue.getJobCounts(
            'waiting',
            'active',
            'delayed',
            'completed',
            'failed',
          );
          const n = (state: string) => c[state] ?? 0;
          const idle = n('waiting') + n('active') + n('delayed') === 0;
          return idle && n('completed') + n('failed') >= atLeast;
        },
        { what: `${atLeast} webhook jobs run`, timeoutMs: 15_000 },
      );
    },
    /** Waits until everything billing committed is published (its outbox is empty). */
    async outboxDrained() {
      await waitUntil(
        async () =>
          (await billing.billing.app.platform.db.query('SELECT 1 FROM outbox LIMIT 1')).length ===
          0,
        { what: 'the outbox drained' },
      );
    },
    /** The events of `type` billing published so far whose payload matches. */
    published: (type: string, match: (payload: Record<string, unknown>) => boolean) =>
      billing.bus
        .all<{ type: string; payload: Record<string, unknown> }>(
          (m) => m.body.type === type && match(m.body.payload),
        )
        .map((m) => m.body),
    async stop() {
      await syncQueue.close();
      await billing.stop();
      await mollie.stop();
    },
  };
}
export type BillingWithMollie = Awaited<ReturnType<typeof startBillingWithMollie>>;
