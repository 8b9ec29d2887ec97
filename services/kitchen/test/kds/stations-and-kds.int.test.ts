import { newId } from '../../../../libs/contracts/src';
import { BusProbe, TestEnv, waitUntil } from '../../../../libs/testing/src';
import { startPrinterSimulator, type SimPrinter } from '../../../../simulators/printer/src';
import { asStaff } from '../../../../test/support/builders';
import { call } from '../../../../test/support/http-client';
import { startApp, type StartedApp } from '../../../../test/support/stack';
import { addRule, addStation, fireItems, voidAfterFire } from './kitchen-harness';

/**
 * Stations and routing through the public API: one ticket per station per fire, routed by
 * product, category, modifier and dining area with a default and an expo; then the screens'
 * work (start, ready, bump, recall) reaching orders as item status events.
 */
describe('kitchen stations, routing and the station screens', () => {
  const env = new TestEnv();
  const place = { tenantId: newId(), locationId: newId() };
  const ids = {
    salad: newId(),
    burger: newId(),
    soup: newId(),
    mains: newId(),
    drinks: newId(),
    fries: newId(),
    terrace: newId(),
    hall: newId(),
  };
  const stations: Record<string, string> = {};
  let kitchen: StartedApp<'kitchen'>;
  let bus: BusProbe;
  let manager: Record<string, string>;
  let grillPrinter: SimPrinter;

  const ticketsOf = async (orderId: string) =>
    waitUntil(
      async () => {
        const res = await call(
          'GET',
          `${kitchen.url}/v1/tickets?orderId=${orderId}`,
          undefined,
          manager,
        );
        return res.body.items.length > 0 ? (res.body.items as any[]) : undefined;
      },
      { what: `tickets of ${orderId}` },
    );
  const screenKeyOf = async (station: string) => {
    const res = await call(
      'POST',
      `${kitchen.url}/v1/stations/${stations[station]}/screen-key`,
      undefined,
      manager,
    );
    expect(res.status).toBe(201);
    return res.body as { screenKey: string; kdsUrl: string };
  };
  const asScreen = (key: string) => ({ 'x-screen-key': key });

  beforeAll(async () => {
    kitchen = await startApp(env, 'kitchen', { PRINT_BACKOFF_MS: '100', PRINT_TIMEOUT_MS: '500' });
    await kitchen.app.platform.amqp.waitUntilConnected();
    bus = await BusProbe.start(env.run.amqpUrl, `${env.amqpPrefix}brigade.events`);
    manager = await asStaff(place.tenantId, ['manager'], [place.locationId]);
    for (const code of ['kitchen', 'grill', 'cold', 'bar', 'terrace-bar', 'fryer']) {
      stations[code] = await addStation(kitchen.url, place, manager, code);
    }
    stations.expo = await addStation(kitchen.url, place, manager, 'expo', { receivesAll: true });
    const rule = (station: string, match: Record<string, string>) =>
      addRule(kitchen.url, place, manager, { stationId: stations[station]!, ...match });
    await rule('grill', { categoryId: ids.mains });
    await rule('cold', { productId: ids.salad });
    await rule('bar', { categoryId: ids.drinks });
    await rule('terrace-bar', { categoryId: ids.drinks, diningAreaId: ids.terrace });
    await rule('fryer', { modifierOptionId: ids.fries });
    await rule('grill', { productId: ids.burger });
    await rule('cold', { productId: ids.burger });
    await rule('cold', { productId: ids.soup, diningAreaId: ids.terrace });
    grillPrinter = await startPrinterSimulator({ name: 'grill' });
    const printer = await call(
      'POST',
      `${kitchen.url}/v1/locations/${place.locationId}/printers`,
      { station: 'grill', name: 'Grill', host: '127.0.0.1', port: grillPrinter.port },
      manager,
    );
    expect(printer.status).toBe(201);
  });
  afterAll(async () => {
    await bus.stop();
    await kitchen.stop();
    await grillPrinter.stop();
  });

  it('when a fire holds items for several stations, then each station gets one ticket with its items, and expo all of them', async () => {
    const order = await fireItems(
      bus,
      place,
      101,
      [
        { productId: ids.salad, categoryId: ids.mains, name: 'Salat' },
        {
          categoryId: ids.mains,
          name: 'Steak',
          modifiers: ['Pommes'],
          modifierOptionIds: [ids.fries],
        },
        { productId: ids.burger, categoryId: ids.mains, name: 'Burger' },
        { categoryId: ids.drinks, name: 'Cola' },
        { productId: ids.soup, name: 'Suppe' },
        { name: 'Brot' },
      ],
      { diningAreaId: ids.terrace },
    );
    await waitUntil(async () => (await ticketsOf(order.orderId)).length === 6, {
      what: 'six tickets',
    });
    const tickets = await ticketsOf(order.orderId);
    const byStation = Object.fromEntries(
      tickets.map((t) => [t.station, t.items.map((i: any) => i.name).sort()]),
    );

    expect(byStation).toEqual({
      cold: ['Burger', 'Salat', 'Suppe'],
      grill: ['Burger', 'Steak'],
      fryer: ['Steak'],
      'terrace-bar': ['Cola'],
      kitchen: ['Brot'],
      expo: ['Brot', 'Burger', 'Cola', 'Salat', 'Steak', 'Suppe'],
    });
    expect(new Set(tickets.map((t) => t.fireId)).size).toBe(1);
  });

  it('when the same order is fired from the hall, then the area rules do not apply there', async () => {
    const order = await fireItems(
      bus,
      place,
      102,
      [
        { categoryId: ids.drinks, name: 'Cola' },
        { productId: ids.soup, name: 'Suppe' },
      ],
      { diningAreaId: ids.hall },
    );
    await waitUntil(async () => (await ticketsOf(order.orderId)).length === 3, {
      what: 'three tickets',
    });
    const stationsOf = (await ticketsOf(order.orderId)).map((t) => t.station).sort();
    expect(stationsOf).toEqual(['bar', 'expo', 'kitchen']);
  });

  it('when a line cooked at two stations is finished at one, then it is preparing; at both, ready; the expo bump serves it', async () => {
    const order = await fireItems(bus, place, 103, [
      { productId: ids.burger, categoryId: ids.mains, name: 'Burger', quantity: 2 },
    ]);
    const [lineId] = order.lineIds;
    await waitUntil(async () => (await ticketsOf(order.orderId)).length === 3, {
      what: 'three tickets',
    });
    const tickets = await ticketsOf(order.orderId);
    const at = (station: string) => tickets.find((t) => t.station === station);
    const grill = await screenKeyOf('grill');
    const cold = await screenKeyOf('cold');
    const expo = await screenKeyOf('expo');
    const itemOf = (station: string) => at(station).items[0].id as string;
    const ready = (station: string, key: string) =>
      call(
        'POST',
        `${kitchen.url}/v1/tickets/${at(station).id}/items/${itemOf(station)}/status`,
        { status: 'ready' },
        asScreen(key),
      );

    const grillReady = await ready('grill', grill.screenKey);
    expect(grillReady.status).toBe(200);
    expect(grillReady.body.items[0]).toMatchObject({
      status: 'ready',
      readyAt: expect.any(String),
    });
    await bus.waitForEvent(
      'kitchen.item-status-changed.v1',
      (p: any) => p.lineIds.includes(lineId) && p.status === 'preparing',
    );
    expect(
      bus.all(
        (m: any) =>
          m.body.type === 'kitchen.item-status-changed.v1' && m.body.payload.status === 'ready',
      ),
    ).toHaveLength(0);

    await ready('cold', cold.screenKey);
    const readyEvent = await bus.waitForEvent(
      'kitchen.item-status-changed.v1',
      (p: any) => p.lineIds.includes(lineId) && p.status === 'ready',
    );
    expect(readyEvent).toMatchObject({ payload: { station: 'cold', orderId: order.orderId } });

    const bump = await call(
      'POST',
      `${kitchen.url}/v1/tickets/${at('expo').id}/bump`,
      undefined,
      asScreen(expo.screenKey),
    );
    expect(bump.body).toMatchObject({ status: 'done', bumpedAt: expect.any(String) });
    await bus.waitForEvent(
      'kitchen.item-status-changed.v1',
      (p: any) => p.lineIds.includes(lineId) && p.status === 'served',
    );

    const prep = await call(
      'GET',
      `${kitchen.url}/v1/locations/${place.locationId}/prep-times`,
      undefined,
      manager,
    );
    expect(prep.body.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          productId: ids.burger,
          name: 'Burger',
          finished: 2,
          averageSeconds: expect.any(Number),
        }),
      ]),
    );
    const metrics = await (await fetch(`${kitchen.url}/metrics`)).text();
    expect(metrics).toMatch(
      new RegExp(
        `kitchen_prep_seconds_average\\{location_id="${place.locationId}",product_id="${ids.burger}"\\} \\d+`,
      ),
    );
  });

  it('when a screen signs in with its key, then it works its own station only; a wrong key is refused', async () => {
    const grill = await screenKeyOf('grill');
    const order = await fireItems(bus, place, 104, [
      { categoryId: ids.mains, name: 'Ribeye', quantity: 3 },
    ]);
    await waitUntil(async () => (await ticketsOf(order.orderId)).length === 2, {
      what: 'grill and expo',
    });
    const tickets = await ticketsOf(order.orderId);
    const grillTicket = tickets.find((t) => t.station === 'grill');
    const expoTicket = tickets.find((t) => t.station === 'expo');

    const board = await call(
      'GET',
      `${kitchen.url}/v1/stations/${stations.grill}/board`,
      undefined,
      asScreen(grill.screenKey),
    );
    const otherBoard = await call(
      'GET',
      `${kitchen.url}/v1/stations/${stations.cold}/board`,
      undefined,
      asScreen(grill.screenKey),
    );
    const otherTicket = await call(
      'POST',
      `${kitchen.url}/v1/tickets/${expoTicket.id}/bump`,
      undefined,
      asScreen(grill.screenKey),
    );
    const wrongKey = await call(
      'GET',
      `${kitchen.url}/v1/stations/${stations.grill}/board`,
      undefined,
      asScreen('kds_nope'),
    );
    const otherTenant = await call(
      'GET',
      `${kitchen.url}/v1/stations/${stations.grill}/board`,
      undefined,
      await asStaff(newId(), ['manager']),
    );

    expect(board.status).toBe(200);
    expect(board.body.station).toMatchObject({ code: 'grill', kdsPath: `/kds/${stations.grill}` });
    expect(board.body.tickets.map((t: any) => t.id)).toContain(grillTicket.id);
    expect(board.body.allDay).toEqual(expect.arrayContaining([{ name: 'Ribeye', quantity: 3 }]));
    expect(grill.kdsUrl).toMatch(new RegExp(`/kds/${stations.grill}#key=kds_`));
    expect(otherBoard.status).toBe(404);
    expect(otherTicket.status).toBe(404);
    expect(wrongKey.status).toBe(401);
    expect(otherTenant.status).toBe(404);

    const bumped = await call(
      'POST',
      `${kitchen.url}/v1/tickets/${grillTicket.id}/bump`,
      undefined,
      asScreen(grill.screenKey),
    );
    const after = await call(
      'GET',
      `${kitchen.url}/v1/stations/${stations.grill}/board`,
      undefined,
      asScreen(grill.screenKey),
    );
    expect(bumped.body.status).toBe('done');
    expect(after.body.tickets.map((t: any) => t.id)).not.toContain(grillTicket.id);
    expect(after.body.recentlyBumped[0].id).toBe(grillTicket.id);
    expect(after.body.allDay.find((a: any) => a.name === 'Ribeye')?.quantity ?? 0).toBe(
      board.body.allDay.find((a: any) => a.name === 'Ribeye').quantity - 3,
    );

    const recalled = await call(
      'POST',
      `${kitchen.url}/v1/tickets/${grillTicket.id}/recall`,
      undefined,
      asScreen(grill.screenKey),
    );
    const onBoard = await call(
      'GET',
      `${kitchen.url}/v1/stations/${stations.grill}/board`,
      undefined,
      asScreen(grill.screenKey),
    );
    expect(recalled.body).toMatchObject({
      status: 'open',
      bumpedAt: null,
      version: bumped.body.version + 1,
    });
    expect(onBoard.body.tickets.map((t: any) => t.id)).toContain(grillTicket.id);

    const rotated = await screenKeyOf('grill');
    const oldKey = await call(
      'GET',
      `${kitchen.url}/v1/stations/${stations.grill}/board`,
      undefined,
      asScreen(grill.screenKey),
    );
    const newKey = await call(
      'GET',
      `${kitchen.url}/v1/stations/${stations.grill}/board`,
      undefined,
      asScreen(rotated.screenKey),
    );
    expect(oldKey.status).toBe(401);
    expect(newKey.status).toBe(200);
  });

  it('when units are cancelled after fire, then the ticket shows them struck and the station prints a void slip', async () => {
    const order = await fireItems(bus, place, 105, [
      { categoryId: ids.mains, name: 'Rinderroulade', quantity: 2 },
    ]);
    await waitUntil(() => grillPrinter.receipts().some((r) => r.text.includes('#105')), {
      what: 'the ticket printed',
    });
    const grillTicket = (await ticketsOf(order.orderId)).find((t) => t.station === 'grill');

    await voidAfterFire(
      bus,
      place,
      {
        orderId: order.orderId,
        orderNumber: 105,
        lineId: order.lineIds[0]!,
        name: 'Rinderroulade',
      },
      1,
    );

    const struck = await waitUntil(
      async () => {
        const t = (await ticketsOf(order.orderId)).find((x) => x.id === grillTicket.id);
        return t.items[0].voidedQuantity === 1 ? t : undefined;
      },
      { what: 'the unit struck' },
    );
    expect(struck.version).toBe(grillTicket.version + 1);
    await waitUntil(
      () =>
        grillPrinter.receipts().some((r) => r.text.includes('STORNO') && r.text.includes('#105')),
      {
        what: 'the void slip',
      },
    );
    const slip = grillPrinter.receipts().find((r) => r.text.includes('STORNO'))!;
    expect(slip.text).toContain('-1x Rinderroulade');
  });

  it('when a station or rule is asked for wrongly, then the answer names the field', async () => {
    const badCode = await call(
      'POST',
      `${kitchen.url}/v1/locations/${place.locationId}/stations`,
      { code: 'Grill Station', name: 'x' },
      manager,
    );
    const taken = await call(
      'POST',
      `${kitchen.url}/v1/locations/${place.locationId}/stations`,
      { code: 'grill', name: 'Grill 2' },
      manager,
    );
    const twoThings = await call(
      'POST',
      `${kitchen.url}/v1/locations/${place.locationId}/routing-rules`,
      { stationId: stations.grill, productId: newId(), categoryId: newId() },
      manager,
    );
    const nothing = await call(
      'POST',
      `${kitchen.url}/v1/locations/${place.locationId}/routing-rules`,
      { stationId: stations.grill },
      manager,
    );
    const foreignStation = await call(
      'POST',
      `${kitchen.url}/v1/locations/${place.locationId}/routing-rules`,
      { stationId: newId(), productId: newId() },
      manager,
    );
    const waiter = await call(
      'POST',
      `${kitchen.url}/v1/locations/${place.locationId}/stations`,
      { code: 'pizza', name: 'Pizza' },
      await asStaff(place.tenantId, ['waiter'], [place.locationId]),
    );

    expect(badCode.status).toBe(400);
    expect(badCode.body.fields[0].field).toBe('code');
    expect(taken.status).toBe(409);
    expect(taken.body.type).toMatch(/station-code-taken/);
    expect(twoThings.status).toBe(400);
    expect(twoThings.body.fields[0].field).toBe('categoryId');
    expect(nothing.status).toBe(400);
    expect(nothing.body.fields[0].field).toBe('productId');
    expect(foreignStation.status).toBe(400);
    expect(foreignStation.body.fields[0].field).toBe('stationId');
    expect(waiter.status).toBe(403);
  });
});
