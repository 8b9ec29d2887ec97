import type { Browser, Page } from 'playwright-core';
import { newId } from '../../../../libs/contracts/src';
import { BusProbe, TcpProxy, TestEnv } from '../../../../libs/testing/src';
import { launchBrowser } from '../../../../libs/testing/src/browser';
import { asStaff } from '../../../../test/support/builders';
import { call } from '../../../../test/support/http-client';
import { startApp, type StartedApp } from '../../../../test/support/stack';
import { addStation, fireItems, voidAfterFire } from './kitchen-harness';

/**
 * The station screen in a real (headless) Chromium, reached through a TCP proxy that can
 * cut it off: tickets appear live, a screen that lost its connection while tickets came in
 * shows every one of them once it is back, a void strikes the item, and the cook's taps and
 * bumps go through.
 */
describe('the kitchen display page', () => {
  const env = new TestEnv();
  const place = { tenantId: newId(), locationId: newId() };
  let kitchen: StartedApp<'kitchen'>;
  let bus: BusProbe;
  let proxy: TcpProxy;
  let browser: Browser;
  let page: Page;

  // These run in the page; the test is compiled without the DOM's types, hence the anys.
  const ticketNumbers = () =>
    page.$$eval('.ticket', (nodes: any[]) => nodes.map((n) => Number(n.dataset.orderNumber)));
  const waitForTickets = (count: number) =>
    page.waitForFunction(
      (n) => (globalThis as any).document.querySelectorAll('.ticket').length === n,
      count,
      { timeout: 15_000 },
    );

  beforeAll(async () => {
    kitchen = await startApp(env, 'kitchen');
    await kitchen.app.platform.amqp.waitUntilConnected();
    bus = await BusProbe.start(env.run.amqpUrl, `${env.amqpPrefix}brigade.events`);
    const manager = await asStaff(place.tenantId, ['manager'], [place.locationId]);
    const stationId = await addStation(kitchen.url, place, manager, 'grill');
    const key = await call(
      'POST',
      `${kitchen.url}/v1/stations/${stationId}/screen-key`,
      undefined,
      manager,
    );
    proxy = await TcpProxy.start('127.0.0.1', kitchen.running.port);
    browser = await launchBrowser();
    page = await browser.newPage();
    await page.goto(proxy.proxied(key.body.kdsUrl));
    await page.waitForSelector('#connection[data-state="live"]');
  });
  afterAll(async () => {
    await browser?.close();
    await proxy?.stop();
    await bus.stop();
    await kitchen.stop();
  });

  it('when tickets are fired, then they appear with their items, modifiers, notes and allergens', async () => {
    await fireItems(bus, place, 201, [
      {
        name: 'Käsespätzle',
        quantity: 2,
        modifiers: ['Röstzwiebeln'],
        notes: 'ohne Speck',
        allergens: ['gluten', 'milk'],
      },
    ]);
    await fireItems(bus, place, 202, [{ name: 'Schnitzel Wiener Art', seat: 2 }], {
      channel: 'phone',
    });

    await waitForTickets(2);
    expect(await ticketNumbers()).toEqual([201, 202]);
    const first = page.locator('.ticket[data-order-number="201"]');
    expect(await first.locator('.name').innerText()).toBe('2x Käsespätzle');
    expect(await first.locator('.modifiers').innerText()).toBe('Röstzwiebeln');
    expect(await first.locator('.notes').innerText()).toContain('ohne Speck');
    expect(await first.locator('.allergens').innerText()).toBe('Allergene: Gluten, Milch');
    expect(await page.locator('.ticket[data-order-number="202"]').getAttribute('data-source')).toBe(
      'phone',
    );
    expect(await page.locator('#all-day li[data-name="Käsespätzle"]').innerText()).toBe(
      '2× Käsespätzle',
    );
  });

  it('when the screen loses its connection while tickets arrive, then it shows all of them once back', async () => {
    proxy.cut();
    await page.waitForSelector('#connection:not([data-state="live"])');
    for (const n of [203, 204, 205]) await fireItems(bus, place, n, [{ name: `Gericht ${n}` }]);
    // The tickets are stored meanwhile: the screen is what missed them.
    const stored = await kitchen.app.platform.db.query<{ n: string }>(
      `SELECT count(*) AS n FROM tickets WHERE location_id = $1`,
      [place.locationId],
    );
    expect(Number(stored[0]!.n)).toBeGreaterThanOrEqual(2);
    expect(await ticketNumbers()).toEqual([201, 202]);

    proxy.restore();
    await waitForTickets(5);
    await page.waitForSelector('#connection[data-state="live"]');
    expect(await ticketNumbers()).toEqual([201, 202, 203, 204, 205]);
  });

  it('when a unit is cancelled after fire, then the item shows struck through', async () => {
    const order = await fireItems(bus, place, 206, [{ name: 'Rinderroulade', quantity: 2 }]);
    await waitForTickets(6);

    await voidAfterFire(
      bus,
      place,
      { ...order, orderNumber: 206, lineId: order.lineIds[0]!, name: 'Rinderroulade' },
      1,
    );

    const ticket = page.locator('.ticket[data-order-number="206"]');
    await ticket.locator('.voided').waitFor();
    expect(await ticket.locator('.voided').innerText()).toContain('STORNO 1');
    expect(await ticket.locator('.struck').innerText()).toBe('2x');
    expect(await ticket.locator('.name').innerText()).toContain('1x Rinderroulade');
  });

  it('when the cook taps an item and bumps a ticket, then the item moves on and the ticket leaves, to be recalled', async () => {
    const item = page.locator('.ticket[data-order-number="201"] .item').first();
    await item.click();
    await page.waitForSelector('.ticket[data-order-number="201"] .item[data-status="preparing"]');

    await page.locator('.ticket[data-order-number="201"] .bump').click();
    await waitForTickets(5);
    expect(await ticketNumbers()).not.toContain(201);
    const [row] = await kitchen.app.platform.db.query<{ status: string }>(
      `SELECT status FROM tickets WHERE location_id = $1 AND order_number = 201`,
      [place.locationId],
    );
    expect(row!.status).toBe('done');

    await page.locator('#recall').click();
    await page.locator('#recalls button').first().click();
    await waitForTickets(6);
    expect(await ticketNumbers()).toContain(201);
  });
});
