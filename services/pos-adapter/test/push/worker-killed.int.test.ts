import path from 'node:path';
import { newId } from '../../../../libs/contracts/src';
import {
  BusProbe,
  startServiceProcess,
  TestEnv,
  waitUntil,
  type ServiceProcess,
} from '../../../../libs/testing/src';
import {
  startFiscalPosSimulator,
  type FiscalPosSimulator,
} from '../../../../simulators/fiscal-pos/src';
import { sqlClient } from '../../../../test/support/stack-helpers';
import { paidBill } from '../pos-harness';

const script = path.resolve(__dirname, '../../dist/main.js');

/**
 * A pos-adapter process dies (SIGKILL) in the middle of a push: the register had taken the
 * order and not answered yet. Another process takes the job over once its lock lapses,
 * asks the register first, finds the order under our key and adopts it: one order at the
 * register, one fiscal receipt.
 */
describe('a pos-adapter worker killed mid-push', () => {
  const env = new TestEnv();
  const place = { tenantId: newId(), locationId: newId() };
  let pos: FiscalPosSimulator;
  let bus: BusProbe;
  const processes: ServiceProcess[] = [];

  const start = async (name: string, overrides: Record<string, string>) => {
    const p = await startServiceProcess(
      name,
      script,
      await env.serviceEnv('pos-adapter', {
        LOG_LEVEL: 'warn',
        JOB_LOCK_MS: '1500',
        FISCAL_POS_URL: pos.url,
        RECEIPT_POLL_AFTER_MS: '300',
        RECEIPT_POLL_EVERY_MS: '200',
        ...overrides,
      }),
    );
    processes.push(p);
    return p;
  };

  beforeAll(async () => {
    pos = await startFiscalPosSimulator({ behaviour: { processMs: 100 } });
    bus = await BusProbe.start(env.run.amqpUrl, `${env.amqpPrefix}brigade.events`);
  });
  afterAll(async () => {
    await Promise.all(processes.map((p) => p.kill()));
    await bus.stop();
    await pos.stop();
  });

  it('when the process dies while the register has not answered, then another adopts the order and one receipt comes', async () => {
    // The register stores the order at once and answers a minute later.
    pos.behave({ delayMs: 60_000 });
    const first = await start('pos-adapter-1', { POS_TIMEOUT_MS: '120000' });
    await bus.consumed(`${env.amqpPrefix}pos-adapter.billing-events`);
    const event = paidBill(place);
    await bus.publish(event);
    await waitUntil(() => pos.pushed().length === 1, { what: 'the push at the register' });

    await first.kill();
    pos.behave({ delayMs: 0 });
    await start('pos-adapter-2', { POS_TIMEOUT_MS: '2000' });

    const fiscalized = await bus.waitForEvent<{ billId: string }>(
      'order.fiscalized.v1',
      (p) => p.billId === event.payload.billId,
      20_000,
    );
    expect(fiscalized.payload.billId).toBe(event.payload.billId);
    const db = await sqlClient(await env.database('pos-adapter'));
    try {
      const { rows } = await db.query(
        'SELECT status, attempts, pos_order_id FROM fiscal_pushes WHERE bill_id = $1',
        [event.payload.billId],
      );
      // Two attempts at least: the one killed, the one that adopted (under load the first
      // process may also have lost its lock once before it died).
      expect(rows).toEqual([
        {
          status: 'processed',
          attempts: expect.any(Number),
          pos_order_id: pos.orders()[0]!.id,
        },
      ]);
      expect(rows[0].attempts).toBeGreaterThanOrEqual(2);
    } finally {
      await db.end();
    }
    expect(pos.pushed()).toHaveLength(1);
    expect(
      bus.all((m) => (m.body as { type?: string }).type === 'order.fiscalized.v1'),
    ).toHaveLength(1);
  });
});
