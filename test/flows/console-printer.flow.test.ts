import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../libs/testing/src/browser';
import { TestEnv, waitUntil } from '../../libs/testing/src';
import { startPrinterSimulator, type SimPrinter } from '../../simulators/printer/src';
import { startAlertReceiver, type AlertReceiver } from '../support/alert-receiver';
import {
  aMenu,
  anIdempotencyKey,
  aPlaceOrderRequest,
  asStaff,
  asStorefront,
  type TestMenu,
} from '../support/builders';
import { anOperator } from '../support/console-operator';
import { call } from '../support/http-client';
import { consumersReady } from '../support/stack-helpers';
import { startApp, type StartedApp } from '../support/stack';

/**
 * Friday, 9 pm: the kitchen printer is switched off while two orders come in. The operator,
 * signed in to the console in a browser, sees both slips fail within a minute and one alert
 * for the printer (the alert hook hears of it once, not per retry). The printer is back:
 * the operator re-sends (a double click) and each slip comes out once.
 */
describe('a printer switched off, seen and fixed from the operator console', () => {
  const env = new TestEnv();
  let orders: StartedApp<'orders'>;
  let kitchen: StartedApp<'kitchen'>;
  let console_: StartedApp<'console'>;
  let printer: SimPrinter;
  let hook: AlertReceiver;
  let browser: Browser;
  let page: Page;
  let menu: TestMenu;
  let printerId: string;

  const rows = () => page.locator('#failures tr[data-failure]');
  /** The order numbers on the slips printed (`#12 QR` on their second line). */
  const numbersPrinted = () => printer.receipts().map((r) => /#(\d+)/.exec(r.lines[1]!)?.[1]);

  beforeAll(async () => {
    printer = await startPrinterSimulator({ name: 'Küche' });
    await printer.setMode('off');
    hook = await startAlertReceiver();
    orders = await startApp(env, 'orders');
    kitchen = await startApp(env, 'kitchen', {
      PRINT_ATTEMPTS: '3',
      PRINT_BACKOFF_MS: '100',
      PRINT_TIMEOUT_MS: '500',
    });
    console_ = await startApp(env, 'console', {
      ORDERS_URL: orders.url,
      KITCHEN_URL: kitchen.url,
      ALERT_WEBHOOK_URL: hook.url,
      LIVE_POLL_MS: '200',
    });
    // The console traces what it hears from its first subscription on: wait for it.
    await consumersReady(env, 'console.all-events', 'kitchen.order-events');
    menu = await aMenu(orders.app.platform.db);
    const manager = await asStaff(menu.tenantId, ['manager']);
    const station = await call(
      'POST',
      `${kitchen.url}/v1/locations/${menu.locationId}/stations`,
      { code: 'kueche', name: 'Küche', isDefault: true },
      manager,
    );
    expect(station.status).toBe(201);
    const added = await call(
      'POST',
      `${kitchen.url}/v1/locations/${menu.locationId}/printers`,
      { station: 'kueche', name: 'Küche', host: '127.0.0.1', port: printer.port },
      manager,
    );
    printerId = added.body.id;
    const operator = await anOperator(orders.app.platform.db, menu.tenantId);
    browser = await launchBrowser();
    page = await browser.newPage();
    await page.goto(console_.url);
    await page.fill('#sign-in [name=tenantId]', menu.tenantId);
    await page.fill('#sign-in [name=email]', operator.email);
    await page.fill('#sign-in [name=password]', operator.password);
    await page.click('#sign-in button[type=submit]');
    await page.waitForSelector('#live.on');
  });
  afterAll(async () => {
    await browser?.close();
    await Promise.all([orders.stop(), kitchen.stop(), console_.stop()]);
    await Promise.all([printer.stop(), hook.stop()]);
  });

  it('when the printer is off, then both slips fail on the page within 60 s with one alert; back on, a re-send prints each once', async () => {
    const placed: Array<{ id: string; number: number }> = [];
    for (const table of ['7', '8']) {
      const res = await call(
        'POST',
        `${orders.url}/v1/orders`,
        aPlaceOrderRequest(menu, { tableLabel: table }),
        { ...asStorefront(menu), 'Idempotency-Key': anIdempotencyKey() },
      );
      expect(res.status).toBe(201);
      placed.push({ id: res.body.id, number: res.body.orderNumber });
    }

    await page.waitForFunction(
      () =>
        (globalThis as any).document.querySelectorAll('#failures tr[data-failure]').length === 2,
      undefined,
      { timeout: 60_000 },
    );
    expect(await rows().locator('.cause').allInnerTexts()).toEqual(['transient', 'transient']);
    expect((await rows().allInnerTexts()).join('\n')).toContain('on Küche (kueche)');
    await page.waitForSelector('#alerts li[data-alert]');
    expect(await page.locator('#alerts li').count()).toBe(1);
    await waitUntil(() => hook.received.length > 0, { what: 'the alert at the hook' });
    const printerAlerts = hook.received.filter((a) => a.incident === `printer:${printerId}`);
    expect(printerAlerts).toHaveLength(1);
    expect(printerAlerts[0]).toMatchObject({ kind: 'permanent-failure', tenantId: menu.tenantId });
    expect(printer.receipts()).toHaveLength(0);

    await printer.setMode('online');
    for (const order of placed) {
      const row = page.locator(
        `#failures tr[data-failure]:has(a.order:text("${order.id.slice(-8)}"))`,
      );
      await row.locator('button.act-resend').dblclick();
      await waitUntil(() => numbersPrinted().includes(String(order.number)), {
        what: `the slip of order ${order.number} printed`,
        timeoutMs: 20_000,
      });
    }

    await page.waitForFunction(
      () =>
        (globalThis as any).document.querySelectorAll('#failures tr[data-failure]').length === 0,
      undefined,
      { timeout: 10_000 },
    );
    expect(numbersPrinted().sort()).toEqual(placed.map((o) => String(o.number)).sort());
    const operator = await asStaff(menu.tenantId, ['operator']);
    const resent = await call(
      'GET',
      `${console_.url}/v1/failures?status=resent`,
      undefined,
      operator,
    );
    expect(resent.body.items).toHaveLength(2);
    for (const f of resent.body.items) expect(f.history).toHaveLength(1);
    const trace = await call(
      'GET',
      `${console_.url}/v1/orders/${placed[0]!.id}/trace`,
      undefined,
      operator,
    );
    expect(trace.body.items.map((t: { name: string }) => t.name)).toEqual(
      expect.arrayContaining(['order.placed.v1', 'kitchen.print-failed.v1', 'resend']),
    );

    await page.click('#alerts button.ack');
    await page.waitForFunction(
      () => (globalThis as any).document.querySelectorAll('#alerts li').length === 0,
    );
    expect(hook.received.filter((a) => a.incident === `printer:${printerId}`)).toHaveLength(1);
  });
});
