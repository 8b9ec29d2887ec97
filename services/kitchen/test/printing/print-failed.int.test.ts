import { newId } from '../../../../libs/contracts/src';
import { BusProbe, TestEnv, waitUntil } from '../../../../libs/testing/src';
import { startPrinterSimulator, type SimPrinter } from '../../../../simulators/printer/src';
import { asStaff } from '../../../../test/support/builders';
import { call } from '../../../../test/support/http-client';
import { startApp, type StartedApp } from '../../../../test/support/stack';
import { fireItems } from '../kds/kitchen-harness';

/**
 * A printer out of paper with no backup: the print job runs out of attempts, stays failed
 * with its last error, and `kitchen.print-failed.v1` raises the alert (the operator console
 * collects it). The ticket is not lost: it can be reprinted once the paper is in.
 */
describe('a print job that fails for good', () => {
  const env = new TestEnv();
  const place = { tenantId: newId(), locationId: newId() };
  let kitchen: StartedApp<'kitchen'>;
  let bus: BusProbe;
  let printer: SimPrinter;
  let manager: Record<string, string>;

  beforeAll(async () => {
    kitchen = await startApp(env, 'kitchen', {
      PRINT_BACKOFF_MS: '20',
      PRINT_ATTEMPTS: '3',
      PRINT_TIMEOUT_MS: '300',
    });
    await kitchen.app.platform.amqp.waitUntilConnected();
    bus = await BusProbe.start(env.run.amqpUrl, `${env.amqpPrefix}brigade.events`);
    manager = await asStaff(place.tenantId, ['manager'], [place.locationId]);
    printer = await startPrinterSimulator({ name: 'bar' });
    const res = await call(
      'POST',
      `${kitchen.url}/v1/locations/${place.locationId}/printers`,
      { station: 'kitchen', name: 'Bar', host: '127.0.0.1', port: printer.port },
      manager,
    );
    expect(res.status).toBe(201);
  });
  afterAll(async () => {
    await bus.stop();
    await kitchen.stop();
    await printer.stop();
  });

  it('when every attempt fails, then the job stays failed, the alert goes out once, and a reprint works once the printer is back', async () => {
    await printer.setMode('paper-out');
    const order = await fireItems(bus, place, 501, [{ name: 'Apfelschorle' }]);

    const alert = await bus.waitForEvent<any>(
      'kitchen.print-failed.v1',
      (p) => p.orderId === order.orderId,
    );
    expect(alert.payload).toMatchObject({
      orderNumber: 501,
      station: 'kitchen',
      printerName: 'Bar',
      kind: 'ticket',
      attempts: 3,
      lastError: expect.stringMatching(/out of paper/),
    });
    const jobs = await call(
      'GET',
      `${kitchen.url}/v1/tickets/${alert.payload.ticketId}/print-jobs`,
      undefined,
      manager,
    );
    expect(jobs.body.items).toEqual([
      expect.objectContaining({ status: 'failed', attempts: 3, printedOn: null }),
    ]);

    await printer.setMode('online');
    const reprint = await call(
      'POST',
      `${kitchen.url}/v1/tickets/${alert.payload.ticketId}/reprint`,
      undefined,
      manager,
    );
    expect(reprint.status).toBe(202);
    await waitUntil(() => printer.receipts().some((r) => r.text.includes('#501')), {
      what: 'the reprint',
    });
    expect(bus.all((m: any) => m.body.type === 'kitchen.print-failed.v1')).toHaveLength(1);
  });
});
