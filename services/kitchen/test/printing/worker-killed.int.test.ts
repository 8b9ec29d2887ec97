import path from 'node:path';
import { newId } from '../../../../libs/contracts/src';
import {
  BusProbe,
  startServiceProcess,
  TestEnv,
  waitUntil,
  type ServiceProcess,
} from '../../../../libs/testing/src';
import { startPrinterSimulator, type SimPrinter } from '../../../../simulators/printer/src';
import { asStaff } from '../../../../test/support/builders';
import { call } from '../../../../test/support/http-client';
import { sqlClient } from '../../../../test/support/stack-helpers';
import { fireItems } from '../kds/kitchen-harness';

const script = path.resolve(__dirname, '../../dist/main.js');

/**
 * A kitchen process dies (SIGKILL) while it prints: the printer had accepted the connection
 * and never answered, so nothing came out. Another process takes the job over once its lock
 * lapses, and the ticket prints exactly once. (Had the bytes reached the paper before the
 * crash, the takeover would print it again: a printer cannot say what it already printed,
 * so printing is at least once; that is why the sweep never retries a job marked printed.)
 */
describe('a kitchen worker killed mid-print', () => {
  const env = new TestEnv();
  const place = { tenantId: newId(), locationId: newId() };
  let printer: SimPrinter;
  let bus: BusProbe;
  const processes: ServiceProcess[] = [];

  const start = async (name: string, overrides: Record<string, string>) => {
    const p = await startServiceProcess(
      name,
      script,
      await env.serviceEnv('kitchen', { LOG_LEVEL: 'warn', JOB_LOCK_MS: '1500', ...overrides }),
    );
    processes.push(p);
    return p;
  };

  beforeAll(async () => {
    printer = await startPrinterSimulator({ name: 'grill' });
    bus = await BusProbe.start(env.run.amqpUrl, `${env.amqpPrefix}brigade.events`);
  });
  afterAll(async () => {
    await Promise.all(processes.map((p) => p.kill()));
    await bus.stop();
    await printer.stop();
  });

  it('when the process dies while the printer hangs, then another process prints the ticket once', async () => {
    await printer.setMode('hang');
    // Long enough that the first process is surely still waiting on the printer when killed.
    const first = await start('kitchen-1', { PRINT_TIMEOUT_MS: '120000' });
    const manager = await asStaff(place.tenantId, ['manager'], [place.locationId]);
    const added = await call(
      'POST',
      `${first.url}/v1/locations/${place.locationId}/printers`,
      { station: 'kitchen', name: 'Grill', host: '127.0.0.1', port: printer.port },
      manager,
    );
    expect(added.status).toBe(201);
    const db = await sqlClient(await env.database('kitchen'));
    try {
      await fireItems(bus, place, 401, [{ name: 'Zwiebelrostbraten' }]);
      await waitUntil(
        async () => {
          const { rows } = await db.query(`SELECT status FROM print_jobs WHERE location_id = $1`, [
            place.locationId,
          ]);
          return rows[0]?.status === 'sent';
        },
        { what: 'the job sent to the hanging printer' },
      );

      await first.kill();
      await printer.setMode('online');
      await start('kitchen-2', { PRINT_TIMEOUT_MS: '2000' });

      const job = await waitUntil(
        async () => {
          const { rows } = await db.query(
            `SELECT status, attempts FROM print_jobs WHERE location_id = $1`,
            [place.locationId],
          );
          return rows[0]?.status === 'printed' ? rows[0] : undefined;
        },
        { what: 'the job printed by the second process', timeoutMs: 20_000 },
      );
      expect(job.attempts).toBe(2);
      expect(printer.receipts().filter((r) => r.text.includes('#401'))).toHaveLength(1);
    } finally {
      await db.end();
    }
  });
});
