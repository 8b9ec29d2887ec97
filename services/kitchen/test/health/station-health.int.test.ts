import { newId } from '../../../../libs/contracts/src';
import { BusProbe, TestEnv, waitUntil } from '../../../../libs/testing/src';
import { startPrinterSimulator, type SimPrinter } from '../../../../simulators/printer/src';
import { asStaff } from '../../../../test/support/builders';
import { call } from '../../../../test/support/http-client';
import { startApp, type StartedApp } from '../../../../test/support/stack';
import { addStation, fireItems } from '../kds/kitchen-harness';

/**
 * Stations are alive while their printers answer the status probe or their screens send
 * heartbeats. Two kitchen instances watch them; a station that goes silent is announced
 * offline once (with what waits there) and online once when it is back, and a printer that
 * comes back prints its queue at once instead of after its long back-off.
 */
describe('station health', () => {
  const env = new TestEnv();
  const place = { tenantId: newId(), locationId: newId() };
  const settings = {
    STATION_WATCH_EVERY_MS: '200',
    STATION_OFFLINE_AFTER_MS: '1500',
    PRINTER_PROBE_EVERY_MS: '300',
    PRINT_TIMEOUT_MS: '300',
    // Only the probe's promotion can print a failed ticket within the test.
    PRINT_BACKOFF_MS: '120000',
  };
  let kitchens: StartedApp<'kitchen'>[];
  let bus: BusProbe;
  let manager: Record<string, string>;
  let printer: SimPrinter;
  const stations: Record<string, string> = {};

  const healthOf = async (code: string) => {
    const res = await call(
      'GET',
      `${kitchens[0]!.url}/v1/locations/${place.locationId}/stations`,
      undefined,
      manager,
    );
    return res.body.items.find((s: any) => s.code === code)?.health as string;
  };
  const eventsOf = (type: string, stationId: string) =>
    bus.all((m: any) => m.body.type === type && m.body.payload.stationId === stationId);

  beforeAll(async () => {
    kitchens = [await startApp(env, 'kitchen', settings), await startApp(env, 'kitchen', settings)];
    await kitchens[0]!.app.platform.amqp.waitUntilConnected();
    bus = await BusProbe.start(env.run.amqpUrl, `${env.amqpPrefix}brigade.events`);
    manager = await asStaff(place.tenantId, ['manager'], [place.locationId]);
    stations.pizza = await addStation(kitchens[0]!.url, place, manager, 'pizza');
    stations.salad = await addStation(kitchens[0]!.url, place, manager, 'salad');
    printer = await startPrinterSimulator({ name: 'pizza' });
    const res = await call(
      'POST',
      `${kitchens[0]!.url}/v1/locations/${place.locationId}/printers`,
      { station: 'pizza', name: 'Pizza', host: '127.0.0.1', port: printer.port },
      manager,
    );
    expect(res.status).toBe(201);
  });
  afterAll(async () => {
    await bus.stop();
    await Promise.all(kitchens.map((k) => k.stop()));
    await printer.stop();
  });

  it('when a station’s printer goes silent, then it is announced offline once with its waiting units, and online once when back, printing at once', async () => {
    await waitUntil(async () => (await healthOf('pizza')) === 'online', {
      what: 'pizza online from the probes',
    });
    expect(eventsOf('kitchen.station-online.v1', stations.pizza!)).toHaveLength(0);

    await printer.setMode('off');
    await fireItems(bus, place, 301, [{ name: 'Pizza Margherita', quantity: 2 }]);
    const offline = await bus.waitForEvent<any>(
      'kitchen.station-offline.v1',
      (p) => p.stationId === stations.pizza,
      10_000,
    );
    expect(offline.payload).toMatchObject({ code: 'pizza', ticketsWaiting: 1, unitsWaiting: 2 });
    expect(await healthOf('pizza')).toBe('offline');
    const [job] = await kitchens[0]!.app.platform.db.query<{ attempts: number; status: string }>(
      `SELECT attempts, status FROM print_jobs WHERE location_id = $1`,
      [place.locationId],
    );
    expect(job).toMatchObject({ status: 'pending', attempts: 1 });

    await printer.setMode('online');
    await bus.waitForEvent(
      'kitchen.station-online.v1',
      (p: any) => p.stationId === stations.pizza,
      10_000,
    );
    await waitUntil(() => printer.receipts().some((r) => r.text.includes('#301')), {
      what: 'the waiting ticket printed long before its back-off',
      timeoutMs: 10_000,
    });

    expect(eventsOf('kitchen.station-offline.v1', stations.pizza!)).toHaveLength(1);
    expect(eventsOf('kitchen.station-online.v1', stations.pizza!)).toHaveLength(1);
    expect(printer.receipts().filter((r) => r.text.includes('#301'))).toHaveLength(1);
  });

  it('when a station has only a screen, then its heartbeats keep it online and their end takes it offline', async () => {
    const key = await call(
      'POST',
      `${kitchens[0]!.url}/v1/stations/${stations.salad}/screen-key`,
      undefined,
      manager,
    );
    const beat = (instance: number) =>
      call(
        'POST',
        `${kitchens[instance]!.url}/v1/stations/${stations.salad}/heartbeat`,
        { device: 'tablet-1', name: 'Salat-Tablet' },
        { 'x-screen-key': key.body.screenKey },
      );

    const first = await beat(0);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      code: 'salad',
      health: 'online',
      lastSeenAt: expect.any(String),
    });
    expect(eventsOf('kitchen.station-online.v1', stations.salad!)).toHaveLength(0);

    await bus.waitForEvent(
      'kitchen.station-offline.v1',
      (p: any) => p.stationId === stations.salad,
      10_000,
    );
    await beat(1);
    await bus.waitForEvent(
      'kitchen.station-online.v1',
      (p: any) => p.stationId === stations.salad,
      10_000,
    );
    expect(await healthOf('salad')).toBe('online');
    expect(eventsOf('kitchen.station-offline.v1', stations.salad!)).toHaveLength(1);
    expect(eventsOf('kitchen.station-online.v1', stations.salad!)).toHaveLength(1);
    const devices = await kitchens[0]!.app.platform.db.query<{ device: string; kind: string }>(
      'SELECT device, kind FROM station_devices WHERE station_id = $1',
      [stations.salad],
    );
    expect(devices).toEqual([{ device: 'screen:tablet-1', kind: 'screen' }]);
  });
});
