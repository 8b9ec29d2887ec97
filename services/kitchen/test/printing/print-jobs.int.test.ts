import { newId, OrderItemsFiredV1, OrderItemVoidedV1 } from '../../../../libs/contracts/src';
import { BusProbe, TestEnv, waitUntil } from '../../../../libs/testing/src';
import { startPrinterSimulator, type SimPrinter } from '../../../../simulators/printer/src';
import { asStaff } from '../../../../test/support/builders';
import { call } from '../../../../test/support/http-client';
import { queuePrints } from '../../src/domain/printing/queue-prints';
import { startApp, type StartedApp } from '../../../../test/support/stack';

/**
 * The kitchen's printers under trouble: one switched off for a while under a stream of
 * orders, one out of paper with a backup. Every ticket comes out once on each printer it is
 * for, the others are not held up, and a job's record says where it was printed.
 */
describe('printing kitchen tickets', () => {
  const env = new TestEnv();
  const owner = { tenantId: newId(), locationId: newId() };
  let kitchen: StartedApp<'kitchen'>;
  let bus: BusProbe;
  let manager: Record<string, string>;
  const printers: Record<string, SimPrinter> = {};

  const fire = (station: number, orderNumber: number, orderId = newId(), lineId = newId()) =>
    bus.publish(
      OrderItemsFiredV1.create(
        { ...owner, aggregateId: orderId, aggregateVersion: 1, correlationId: newId() },
        {
          orderId,
          orderNumber: station * 1000 + orderNumber,
          fireId: newId(),
          type: 'dine_in',
          channel: 'qr',
          tableLabel: String(orderNumber),
          customerName: null,
          items: [
            {
              lineId,
              productId: newId(),
              name: 'Käsespätzle',
              quantity: 2,
              notes: null,
              modifiers: [],
              seat: null,
              course: null,
              source: 'qr',
            },
          ],
          firedAt: new Date().toISOString(),
        },
      ),
    );
  const addPrinter = async (
    name: string,
    printer: SimPrinter,
    backupPrinterId?: string,
    station = 'kitchen',
  ) => {
    const res = await call(
      'POST',
      `${kitchen.url}/v1/locations/${owner.locationId}/printers`,
      { station, name, host: '127.0.0.1', port: printer.port, backupPrinterId },
      manager,
    );
    expect(res.status).toBe(201);
    return res.body.id as string;
  };
  const numbersOn = (printer: SimPrinter) =>
    printer.receipts().map((r) => r.lines[1]!.trim().split(' ')[0]);

  beforeAll(async () => {
    kitchen = await startApp(env, 'kitchen', {
      PRINT_BACKOFF_MS: '100',
      PRINT_ATTEMPTS: '40',
      PRINT_BACKUP_AFTER_ATTEMPTS: '2',
      PRINT_TIMEOUT_MS: '500',
      PRINT_SWEEP_EVERY_MS: '300',
      PRINT_SWEEP_AFTER_MS: '1000',
    });
    await kitchen.app.platform.amqp.waitUntilConnected();
    bus = await BusProbe.start(env.run.amqpUrl, `${env.amqpPrefix}brigade.events`);
    manager = await asStaff(owner.tenantId, ['manager']);
    for (const name of ['pass', 'grill']) printers[name] = await startPrinterSimulator({ name });
    await addPrinter('Pass', printers.pass!);
    await addPrinter('Grill', printers.grill!);
  });
  afterAll(async () => {
    await bus.stop();
    await kitchen.stop();
    await Promise.all(Object.values(printers).map((p) => p.stop()));
  });

  it('when a printer is off while tickets stream in, then the other prints them at once and it prints each once when back', async () => {
    await printers.grill!.setMode('off');

    for (let n = 1; n <= 6; n++) await fire(1, n);
    await waitUntil(() => printers.pass!.receipts().length === 6, {
      what: 'the pass printing all six meanwhile',
      timeoutMs: 15_000,
    });
    expect(printers.grill!.receipts()).toHaveLength(0);
    await printers.grill!.setMode('online');

    await waitUntil(() => printers.grill!.receipts().length === 6, {
      what: 'the grill printing the six once back',
      timeoutMs: 20_000,
    });
    const expected = ['#1001', '#1002', '#1003', '#1004', '#1005', '#1006'];
    expect(numbersOn(printers.pass!).sort()).toEqual(expected);
    expect(numbersOn(printers.grill!).sort()).toEqual(expected);
    expect(printers.grill!.receipts()[0]!.text).toContain('2x Käsespätzle');
  });

  it('when a printer is out of paper, then its backup prints the ticket and the job says so; a reprint prints it again', async () => {
    printers.bar = await startPrinterSimulator({ name: 'bar' });
    printers.barBackup = await startPrinterSimulator({ name: 'bar backup' });
    // A spare on a station of its own: it prints only what it takes over.
    const backupId = await addPrinter('Bar backup', printers.barBackup, undefined, 'spare');
    const barId = await addPrinter('Bar', printers.bar, backupId);
    await printers.bar.setMode('paper-out');

    await fire(2, 1);

    await waitUntil(() => printers.barBackup!.receipts().length === 1, {
      what: 'the backup taking over',
      timeoutMs: 15_000,
    });
    const [row] = await kitchen.app.platform.db.query<{ id: string; ticket_id: string }>(
      `SELECT id, ticket_id FROM print_jobs WHERE printer_id = $1`,
      [barId],
    );
    const barJob = await waitUntil(
      async () => {
        const jobs = await call(
          'GET',
          `${kitchen.url}/v1/tickets/${row!.ticket_id}/print-jobs`,
          undefined,
          manager,
        );
        const job = jobs.body.items.find((j: any) => j.printerId === barId);
        return job?.status === 'printed' ? job : undefined;
      },
      { what: 'the job recorded as printed' },
    );
    expect(barJob).toMatchObject({ status: 'printed', printedOn: backupId });
    expect(barJob.attempts).toBeGreaterThan(2);
    expect(barJob.lastError).toMatch(/out of paper/);
    expect(printers.bar.receipts()).toHaveLength(0);

    const reprint = await call(
      'POST',
      `${kitchen.url}/v1/tickets/${row!.ticket_id}/reprint`,
      undefined,
      manager,
    );
    expect(reprint.status).toBe(202);
    await printers.bar.setMode('online');
    await waitUntil(() => printers.bar!.receipts().length === 1, { what: 'the reprint' });
  });

  it('when a unit is cancelled after fire, then a STORNO slip prints on the station’s printers', async () => {
    const orderId = newId();
    const lineId = newId();
    await fire(3, 1, orderId, lineId);
    await waitUntil(() => numbersOn(printers.pass!).includes('#3001'), { what: 'the ticket' });
    const before = printers.pass!.receipts().length;

    await bus.publish(
      OrderItemVoidedV1.create(
        { ...owner, aggregateId: orderId, aggregateVersion: 2, correlationId: newId() },
        {
          orderId,
          orderNumber: 3001,
          lineId,
          productId: newId(),
          name: 'Käsespätzle',
          voidedLineId: newId(),
          quantity: 1,
          afterFire: true,
          reason: 'guest_changed_mind',
          note: null,
          voidedBy: 'user:01934f6e-0015-7a00-8b00-000000000015',
          approvedBy: null,
          total: { amountMinor: 0, currency: 'EUR' },
          voidedAt: new Date().toISOString(),
        },
      ),
    );

    await waitUntil(() => printers.pass!.receipts().length === before + 1, { what: 'the slip' });
    const slip = printers.pass!.receipts().at(-1)!;
    expect(slip.lines[0]!.trim()).toBe('*** STORNO ***');
    expect(slip.text).toContain('#3001 QR');
    expect(slip.text).toContain('-1x Käsespätzle');
  });

  it('when a print job was written but never queued (the process died in between), then the sweep prints it, once', async () => {
    const [anyJob] = await kitchen.app.platform.db.query<{ ticket_id: string }>(
      `SELECT ticket_id FROM print_jobs WHERE printer_id = (SELECT id FROM printers WHERE name = 'Pass' AND location_id = $1) LIMIT 1`,
      [owner.locationId],
    );
    const { deps } = kitchen.app;
    const ticket = (await deps.tickets.find(anyJob!.ticket_id))!;
    const queue = deps.queuePrintJobs;
    deps.queuePrintJobs = () => undefined; // the enqueue after commit is lost
    const before = printers.pass!.receipts().length;
    const [lost] = await deps.transaction(() => queuePrints(deps, ticket, 'reprint'));
    deps.queuePrintJobs = queue;

    await waitUntil(() => printers.pass!.receipts().length > before, {
      what: 'the swept job printed',
      timeoutMs: 15_000,
    });
    await waitUntil(async () => (await deps.printing.findJob(lost!.id))?.status === 'printed', {
      what: 'the job marked printed',
    });
    expect(printers.pass!.receipts()).toHaveLength(before + 1);
  });

  it('when tickets wait, then the load per station counts their units not yet struck, by API and on /metrics', async () => {
    const res = await call(
      'GET',
      `${kitchen.url}/v1/locations/${owner.locationId}/kitchen-load`,
      undefined,
      manager,
    );
    const stranger = await call(
      'GET',
      `${kitchen.url}/v1/locations/${owner.locationId}/kitchen-load`,
      undefined,
      await asStaff(newId(), ['manager'], [newId()]),
    );
    const metrics = await (await fetch(`${kitchen.url}/metrics`)).text();

    // Every ticket of this file is still open: 2 units each, one struck by the void above.
    const [units] = await kitchen.app.platform.db.query<{ n: string }>(
      `SELECT sum(i.quantity - i.voided_quantity) AS n FROM tickets t JOIN ticket_items i ON i.ticket_id = t.id
        WHERE t.location_id = $1 AND i.status IN ('pending', 'preparing')`,
      [owner.locationId],
    );
    expect(res.body.items).toEqual([
      { station: 'kitchen', ticketsWaiting: expect.any(Number), unitsWaiting: Number(units!.n) },
    ]);
    expect(Number(units!.n)).toBeGreaterThan(10);
    expect(stranger.status).toBe(404);
    expect(metrics).toContain(
      `kitchen_units_waiting{location_id="${owner.locationId}",station="kitchen"} ${units!.n}`,
    );
  });
});
