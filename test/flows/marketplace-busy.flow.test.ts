import { newId } from '../../libs/contracts/src';
import { BusProbe, TestEnv, waitUntil } from '../../libs/testing/src';
import {
  startMarketplaceSimulator,
  type Marketplace,
  type MarketplaceSimulator,
} from '../../simulators/marketplaces/src';
import { fireItems } from '../../services/kitchen/test/kds/kitchen-harness';
import { asStaff } from '../support/builders';
import { call } from '../support/http-client';
import { marketplaceApis } from '../support/marketplaces';
import { startApp, type StartedApp } from '../support/stack';

/**
 * Busy mode: the kitchen fills up and the location's marketplace stores first add prep
 * time, then pause, and open again once the kitchen has caught up; a pause set by hand is
 * left alone by the rules. Each marketplace hears it its own way.
 */
describe('busy mode from kitchen load, across kitchen and delivery-adapter', () => {
  const env = new TestEnv();
  const place = { tenantId: newId(), locationId: newId() };
  let kitchen: StartedApp<'kitchen'>;
  let adapter: StartedApp<'delivery-adapter'>;
  let sim: MarketplaceSimulator;
  let bus: BusProbe;
  let manager: Record<string, string>;
  const stores: Record<Marketplace, string> = {
    'uber-eats': 'uber-busy',
    wolt: 'wolt-busy',
    deliveroo: 'roo-busy',
  };

  beforeAll(async () => {
    sim = await startMarketplaceSimulator();
    kitchen = await startApp(env, 'kitchen');
    adapter = await startApp(env, 'delivery-adapter', {
      KITCHEN_URL: kitchen.url,
      ...marketplaceApis(sim),
      BUSY_WATCH_EVERY_MS: '100',
    });
    await kitchen.app.platform.amqp.waitUntilConnected();
    bus = await BusProbe.start(env.run.amqpUrl, `${env.amqpPrefix}brigade.events`);
    manager = await asStaff(place.tenantId, ['manager'], [place.locationId]);
    for (const [m, storeId] of Object.entries(stores)) {
      const res = await call(
        'PUT',
        `${adapter.url}/v1/locations/${place.locationId}/marketplaces/${m}`,
        { storeId },
        manager,
      );
      expect(res.status).toBe(200);
    }
  });
  afterAll(async () => {
    await bus.stop();
    await Promise.all([adapter.stop(), kitchen.stop()]);
    await sim.stop();
  });

  const storeCalls = () =>
    sim.calls().filter((c) => /\/(status|online|preparation-time)$/.test(c.path));
  const lastHeard = () => {
    const calls = storeCalls();
    const last = (m: Marketplace, path: RegExp) =>
      [...calls].reverse().find((c) => c.marketplace === m && path.test(c.path))?.body;
    return {
      uber: last('uber-eats', /status$/),
      wolt: last('wolt', /online$/),
      woltPrep: last('wolt', /preparation-time$/),
      deliveroo: last('deliveroo', /status$/),
    };
  };
  const heard = (what: string, check: (h: ReturnType<typeof lastHeard>) => boolean) =>
    waitUntil(() => check(lastHeard()), { what, timeoutMs: 15_000 });

  it('when the kitchen fills up, then the stores get busy, then pause, and open again once it has caught up', async () => {
    const rules = await call(
      'PUT',
      `${adapter.url}/v1/locations/${place.locationId}/busy-rules`,
      { busyAtUnits: 3, pauseAtUnits: 6, calmBelowUnits: 1, extraPrepMinutes: 15 },
      manager,
    );
    expect(rules.status).toBe(200);

    await fireItems(bus, place, 1, [{ name: 'Käsespätzle', quantity: 4 }]);
    await heard(
      'busy with 15 more minutes',
      (h) =>
        (h.uber as any)?.prep_time_offset_minutes === 15 &&
        (h.woltPrep as any)?.extra_minutes === 15 &&
        (h.deliveroo as any)?.status === 'BUSY',
    );
    expect(lastHeard().uber).toMatchObject({ status: 'ONLINE' });

    await fireItems(bus, place, 2, [{ name: 'Wiener Schnitzel', quantity: 3 }]);
    await heard(
      'paused',
      (h) =>
        (h.uber as any)?.status === 'PAUSED' &&
        (h.wolt as any)?.status === 'OFFLINE' &&
        (h.deliveroo as any)?.status === 'CLOSED',
    );

    const tickets = await call(
      'GET',
      `${kitchen.url}/v1/locations/${place.locationId}/kitchen-load`,
      undefined,
      manager,
    );
    expect(tickets.body.items[0].unitsWaiting).toBe(7);
    const board = await kitchen.app.platform.db.query<{ id: string }>(
      'SELECT id FROM tickets WHERE location_id = $1',
      [place.locationId],
    );
    for (const t of board)
      expect(
        (await call('POST', `${kitchen.url}/v1/tickets/${t.id}/bump`, undefined, manager)).status,
      ).toBe(200);

    await heard(
      'online again',
      (h) =>
        (h.uber as any)?.status === 'ONLINE' &&
        (h.uber as any)?.prep_time_offset_minutes === 0 &&
        (h.wolt as any)?.status === 'ONLINE' &&
        (h.deliveroo as any)?.status === 'OPEN',
    );
  });

  it('when a manager pauses Wolt by hand, then the rules leave it paused while the others follow the kitchen', async () => {
    const paused = await call(
      'PUT',
      `${adapter.url}/v1/locations/${place.locationId}/marketplaces/wolt/availability`,
      { mode: 'paused' },
      manager,
    );
    expect(paused.body.availability).toMatchObject({ mode: 'paused', source: 'manual' });
    await heard('Wolt paused', (h) => (h.wolt as any)?.status === 'OFFLINE');

    await fireItems(bus, place, 3, [{ name: 'Käsespätzle', quantity: 4 }]);

    await heard('the others busy', (h) => (h.deliveroo as any)?.status === 'BUSY');
    expect(lastHeard().wolt).toMatchObject({ status: 'OFFLINE' });
    const listed = await call(
      'GET',
      `${adapter.url}/v1/locations/${place.locationId}/marketplaces`,
      undefined,
      manager,
    );
    const byMarketplace = Object.fromEntries(
      (
        listed.body.items as Array<{
          marketplace: string;
          availability: { mode: string; source: string };
        }>
      ).map((s) => [s.marketplace, s.availability]),
    );
    expect(byMarketplace).toMatchObject({
      wolt: { mode: 'paused', source: 'manual' },
      'uber-eats': { mode: 'busy', source: 'auto' },
      deliveroo: { mode: 'busy', source: 'auto' },
    });
  });
});
