import { newId } from '../../../../libs/contracts/src';
import { BusProbe, TestEnv, waitUntil } from '../../../../libs/testing/src';
import { startPrinterSimulator, type SimPrinter } from '../../../../simulators/printer/src';
import { asStaff } from '../../../../test/support/builders';
import { call } from '../../../../test/support/http-client';
import { startApp, type StartedApp } from '../../../../test/support/stack';
import { fireItems } from '../kds/kitchen-harness';

const ORDERS = 60;

/**
 * One of a station's two printers is off through a whole rush: long enough that every
 * ticket's back-off has grown to its cap (here 400 ms stands for the 30 s of production).
 * The other prints every ticket as it comes; the one that was off prints all sixty once it
 * is back, each once, within the cap rather than after a back-off grown for an hour.
 */
describe('a printer off for a long time under a stream of orders', () => {
  const env = new TestEnv();
  const place = { tenantId: newId(), locationId: newId() };
  let kitchen: StartedApp<'kitchen'>;
  let bus: BusProbe;
  let pass: SimPrinter;
  let grill: SimPrinter;

  const numbersOn = (printer: SimPrinter) =>
    printer.receipts().map((r) => r.lines[1]!.trim().split(' ')[0]);

  beforeAll(async () => {
    kitchen = await startApp(env, 'kitchen', {
      PRINT_BACKOFF_MS: '25',
      PRINT_BACKOFF_MAX_MS: '400',
      PRINT_ATTEMPTS: '500',
      PRINT_BACKUP_AFTER_ATTEMPTS: '500',
      PRINT_TIMEOUT_MS: '300',
      // The probe would wake the queue at once; here the capped back-off alone must do.
      PRINTER_PROBE_EVERY_MS: '3600000',
    });
    await kitchen.app.platform.amqp.waitUntilConnected();
    bus = await BusProbe.start(env.run.amqpUrl, `${env.amqpPrefix}brigade.events`);
    const manager = await asStaff(place.tenantId, ['manager'], [place.locationId]);
    [pass, grill] = [
      await startPrinterSimulator({ name: 'pass' }),
      await startPrinterSimulator({ name: 'grill' }),
    ];
    for (const [name, printer] of [
      ['Pass', pass],
      ['Grill', grill],
    ] as const) {
      const res = await call(
        'POST',
        `${kitchen.url}/v1/locations/${place.locationId}/printers`,
        { station: 'kitchen', name, host: '127.0.0.1', port: printer.port },
        manager,
      );
      expect(res.status).toBe(201);
    }
  });
  afterAll(async () => {
    await bus.stop();
    await kitchen.stop();
    await Promise.all([pass.stop(), grill.stop()]);
  });

  it('when the grill printer is off through sixty orders, then the pass prints them meanwhile and the grill each once when back', async () => {
    await grill.setMode('off');
    for (let n = 1; n <= ORDERS; n++)
      await fireItems(bus, place, 1000 + n, [{ name: 'Käsespätzle' }]);

    await waitUntil(() => pass.receipts().length === ORDERS, {
      what: 'the pass printing every ticket meanwhile',
      timeoutMs: 30_000,
    });
    // Off long enough for every grill job's back-off to reach its cap (25·2⁴ = 400 ms).
    await waitUntil(
      async () => {
        const [row] = await kitchen.app.platform.db.query<{ fewest: number; jobs: string }>(
          `SELECT min(j.attempts) AS fewest, count(*) AS jobs FROM print_jobs j
             JOIN printers p ON p.id = j.printer_id WHERE p.name = 'Grill' AND j.location_id = $1`,
          [place.locationId],
        );
        return Number(row!.jobs) === ORDERS && row!.fewest >= 6;
      },
      { what: 'every grill job retried into the capped back-off', timeoutMs: 60_000 },
    );
    expect(grill.receipts()).toHaveLength(0);

    await grill.setMode('online');
    await waitUntil(() => grill.receipts().length >= ORDERS, {
      what: 'the grill printing all sixty once back',
      timeoutMs: 20_000,
    });
    await waitUntil(
      async () => {
        const [row] = await kitchen.app.platform.db.query<{ left: string }>(
          `SELECT count(*) AS left FROM print_jobs WHERE location_id = $1 AND status <> 'printed'`,
          [place.locationId],
        );
        return row!.left === '0';
      },
      { what: 'every job marked printed' },
    );

    const expected = Array.from({ length: ORDERS }, (_, i) => `#${1001 + i}`).sort();
    expect(numbersOn(pass).sort()).toEqual(expected);
    expect(numbersOn(grill).sort()).toEqual(expected);
  });
});
