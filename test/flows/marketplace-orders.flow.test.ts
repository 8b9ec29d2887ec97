import { TestEnv, waitUntil } from '../../libs/testing/src';
import {
  startMarketplaceSimulator,
  type Marketplace,
  type MarketplaceSimulator,
  type SimItem,
} from '../../simulators/marketplaces/src';
import { aMenu, asStaff, type TestMenu } from '../support/builders';
import { call } from '../support/http-client';
import { marketplaceApis, pointWebhooks } from '../support/marketplaces';
import { startApp, type StartedApp } from '../support/stack';

/**
 * Marketplace orders land in the same kitchen as the restaurant's own: signed webhooks in,
 * SKUs mapped to the catalog, accepted by the store (or by staff), placed in orders as the
 * marketplace bridge, a kitchen ticket made, and the marketplace told, once, even through
 * its own outage. An unknown SKU parks the order with the mapping to fix, telling the
 * marketplace nothing; a sold-out item denies it with the reason.
 */
describe('marketplace orders into the kitchen, across delivery-adapter, orders and kitchen', () => {
  const env = new TestEnv();
  let orders: StartedApp<'orders'>;
  let kitchen: StartedApp<'kitchen'>;
  let billing: StartedApp<'billing'>;
  let adapter: StartedApp<'delivery-adapter'>;
  let sim: MarketplaceSimulator;
  let menu: TestMenu;
  let manager: Record<string, string>;
  const stores: Record<Marketplace, string> = {
    'uber-eats': 'uber-store-9',
    wolt: 'wolt-venue-9',
    deliveroo: 'roo-site-9',
  };

  beforeAll(async () => {
    sim = await startMarketplaceSimulator();
    [orders, kitchen, billing] = await Promise.all([
      startApp(env, 'orders'),
      startApp(env, 'kitchen'),
      startApp(env, 'billing'),
    ]);
    adapter = await startApp(env, 'delivery-adapter', {
      ORDERS_URL: orders.url,
      ...marketplaceApis(sim),
      STATUS_BACKOFF_MS: '50',
      STATUS_BACKOFF_MAX_MS: '200',
    });
    pointWebhooks(sim, adapter.url);
    menu = await aMenu(orders.app.platform.db);
    manager = await asStaff(menu.tenantId, ['manager']);
    for (const [m, storeId] of Object.entries(stores)) {
      const res = await call(
        'PUT',
        `${adapter.url}/v1/locations/${menu.locationId}/marketplaces/${m}`,
        { storeId, autoAccept: m !== 'deliveroo' },
        manager,
      );
      expect(res.status).toBe(200);
    }
    const mapped = await call(
      'PUT',
      `${adapter.url}/v1/locations/${menu.locationId}/sku-mappings`,
      {
        mappings: [
          { sku: 'SCHNITZEL', productId: menu.products[0]!.id },
          { sku: 'SCHORLE', productId: menu.products[2]!.id },
          { sku: 'MOD-1', modifierOptionId: menu.withModifiers.options[0]!.id },
          { sku: 'SOLD-OUT', productId: menu.soldOut.id },
        ],
      },
      manager,
    );
    expect(mapped.status).toBe(200);
  });
  afterAll(async () => {
    await Promise.all([adapter.stop(), orders.stop(), kitchen.stop(), billing.stop()]);
    await sim.stop();
  });

  const item = (sku: string, quantity = 1, extra: Partial<SimItem> = {}): SimItem => ({
    sku,
    name: sku,
    quantity,
    unitPriceMinor: 1000,
    ...extra,
  });
  const marketplaceOrder = async (marketplace: Marketplace, marketplaceOrderId: string) => {
    const res = await call(
      'GET',
      `${adapter.url}/v1/marketplace-orders?locationId=${menu.locationId}&limit=200`,
      undefined,
      manager,
    );
    return (res.body.items as Array<Record<string, any>>).find(
      (o) => o.marketplace === marketplace && o.marketplaceOrderId === marketplaceOrderId,
    );
  };
  const settled = (marketplace: Marketplace, id: string, status: string) =>
    waitUntil(
      async () => {
        const o = await marketplaceOrder(marketplace, id);
        return o?.status === status ? o : undefined;
      },
      { what: `${marketplace} order ${status}`, timeoutMs: 20_000 },
    );
  const ticketsOf = (orderId: string) =>
    call('GET', `${kitchen.url}/v1/tickets?orderId=${orderId}`, undefined, manager);
  const callsFor = (marketplace: Marketplace, id: string) =>
    sim.calls(marketplace).filter((c) => c.path.includes(id) && c.method !== 'GET');

  it('when Uber Eats sends a signed order, then it becomes one order of ours with a kitchen ticket, and Uber hears accepted once', async () => {
    const { order } = await sim.placeOrder('uber-eats', {
      storeId: stores['uber-eats'],
      items: [
        item('SCHNITZEL', 2, { modifiers: [{ sku: 'MOD-1', name: 'mit Preiselbeeren' }] }),
        item('SCHORLE'),
      ],
    });

    const taken = await settled('uber-eats', order.id, 'accepted');
    const ours = await call(
      'GET',
      `${orders.url}/v1/orders/${taken.internalOrderId}`,
      undefined,
      manager,
    );
    expect(ours.body).toMatchObject({ channel: 'marketplace', type: 'delivery' });
    expect(
      ours.body.lines.map((l: { productId: string; quantity: number }) => [
        l.productId,
        l.quantity,
      ]),
    ).toEqual([
      [menu.products[0]!.id, 2],
      [menu.products[2]!.id, 1],
    ]);
    await waitUntil(async () => (await ticketsOf(taken.internalOrderId)).body.items.length > 0, {
      what: 'the kitchen ticket',
    });
    await waitUntil(() => callsFor('uber-eats', order.id).length === 1, {
      what: 'the accept call',
    });
    expect(callsFor('uber-eats', order.id)[0]!.path).toMatch(/accept_pos_order$/);

    // The kitchen bumps it through an Uber outage: "ready" is retried until heard, once.
    sim.failNext('uber-eats', 3, /\/ready$/);
    const tickets = await ticketsOf(taken.internalOrderId);
    for (const ticket of tickets.body.items as Array<{ id: string }>) {
      const bumped = await call(
        'POST',
        `${kitchen.url}/v1/tickets/${ticket.id}/bump`,
        undefined,
        manager,
      );
      expect(bumped.status).toBe(200);
    }
    await waitUntil(
      () =>
        callsFor('uber-eats', order.id).some((c) => c.path.endsWith('/ready') && c.status === 200),
      { what: 'the ready call heard', timeoutMs: 20_000 },
    );
    const readies = callsFor('uber-eats', order.id).filter((c) => c.path.endsWith('/ready'));
    expect(readies.map((c) => c.status)).toEqual([503, 503, 503, 200]);

    // Handed over, the sale is final: billed as paid by Uber, its commission kept beside it.
    const bill = await waitUntil(
      async () => {
        const res = await call(
          'GET',
          `${billing.url}/v1/orders/${taken.internalOrderId}/bills`,
          undefined,
          manager,
        );
        return res.body.items?.find((b: { status: string }) => b.status === 'paid');
      },
      { what: 'the bill paid by the marketplace' },
    );
    const [settlement] = await billing.app.platform.db.query<{
      payment_id: string;
      commission_minor: number;
      paid_by_guest_minor: number;
    }>(
      `SELECT s.* FROM marketplace_settlements s JOIN payments p ON p.id = s.payment_id
        WHERE p.bill_id = $1 AND p.method = 'marketplace' AND p.status = 'paid'`,
      [bill.id],
    );
    expect(settlement).toMatchObject({
      commission_minor: Math.round(bill.total.amountMinor * 0.3),
      paid_by_guest_minor: order.totalMinor,
    });
    const refund = await call(
      'POST',
      `${billing.url}/v1/payments/${settlement!.payment_id}/refunds`,
      { amountMinor: 100, reason: 'cold fries' },
      { ...manager, 'Idempotency-Key': crypto.randomUUID() },
    );
    expect(refund.status).toBe(422);
    expect(refund.body.type).toContain('refund-at-marketplace');
    await waitUntil(
      async () =>
        (await call('GET', `${orders.url}/v1/orders/${taken.internalOrderId}`, undefined, manager))
          .body.status === 'paid',
      { what: 'our order paid' },
    );
  });

  it('when Wolt sends an unknown SKU, then the order waits with the mapping to fix and Wolt is told nothing, until it is mapped and retried', async () => {
    const { order } = await sim.placeOrder('wolt', {
      storeId: stores.wolt,
      items: [
        item('SCHNITZEL'),
        item('TRUFFLE-FRIES', 1, { modifiers: [{ sku: 'TRUFFLE-OIL', name: 'oil' }] }),
      ],
    });

    const parked = await settled('wolt', order.id, 'needs-mapping');
    expect(parked.missingSkus.sort()).toEqual(['TRUFFLE-FRIES', 'TRUFFLE-OIL']);
    expect(parked.deadlineAt).toEqual(expect.any(String));
    expect(callsFor('wolt', order.id)).toHaveLength(0);

    await call(
      'PUT',
      `${adapter.url}/v1/locations/${menu.locationId}/sku-mappings`,
      {
        mappings: [
          { sku: 'TRUFFLE-FRIES', productId: menu.products[0]!.id },
          { sku: 'TRUFFLE-OIL', modifierOptionId: menu.withModifiers.options[1]!.id },
        ],
      },
      manager,
    );
    const retried = await call(
      'POST',
      `${adapter.url}/v1/marketplace-orders/${parked.id}/retry`,
      undefined,
      manager,
    );
    expect(retried.status).toBe(200);
    await settled('wolt', order.id, 'accepted');
    await waitUntil(() => callsFor('wolt', order.id).length === 1, { what: 'the accept call' });
    expect(callsFor('wolt', order.id)[0]!.path).toMatch(/\/accept$/);
  });

  it('when the Deliveroo store lets staff decide, then the order waits until a waiter accepts it', async () => {
    const { order } = await sim.placeOrder('deliveroo', {
      storeId: stores.deliveroo,
      items: [item('SCHORLE', 3)],
    });
    const waiting = await settled('deliveroo', order.id, 'awaiting-acceptance');
    const waiter = await asStaff(menu.tenantId, ['waiter'], [menu.locationId]);
    const stranger = await asStaff(menu.tenantId, ['waiter'], [crypto.randomUUID()]);

    const refused = await call(
      'POST',
      `${adapter.url}/v1/marketplace-orders/${waiting.id}/accept`,
      undefined,
      stranger,
    );
    const accepted = await call(
      'POST',
      `${adapter.url}/v1/marketplace-orders/${waiting.id}/accept`,
      undefined,
      waiter,
    );
    const again = await call(
      'POST',
      `${adapter.url}/v1/marketplace-orders/${waiting.id}/accept`,
      undefined,
      waiter,
    );

    expect(refused.status).toBe(404);
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({
      status: 'accepted',
      decidedBy: expect.stringMatching(/^user:/),
    });
    expect(again.status).toBe(409);
    await waitUntil(() => callsFor('deliveroo', order.id).length === 2, {
      what: 'accepted and synced',
    });
    expect(callsFor('deliveroo', order.id).map((c) => [c.method, c.body])).toEqual([
      ['PATCH', { status: 'accepted' }],
      ['POST', expect.objectContaining({ status: 'succeeded' })],
    ]);
  });

  it('when an item is sold out, then the order is denied with the reason, told once', async () => {
    const { order } = await sim.placeOrder('uber-eats', {
      storeId: stores['uber-eats'],
      items: [item('SOLD-OUT')],
    });

    const denied = await settled('uber-eats', order.id, 'denied');
    expect(denied.denyReason).toMatch(/^items unavailable: .*not available/);
    await waitUntil(() => callsFor('uber-eats', order.id).length === 1, { what: 'the deny call' });
    expect(callsFor('uber-eats', order.id)[0]!.path).toMatch(/deny_pos_order$/);
  });

  it('when Uber Eats is down as the order is accepted, then the accept call is retried until it goes through, once', async () => {
    sim.failNext('uber-eats', 4, /accept_pos_order$/);
    const { order } = await sim.placeOrder('uber-eats', {
      storeId: stores['uber-eats'],
      items: [item('SCHORLE')],
    });

    await settled('uber-eats', order.id, 'accepted');
    await waitUntil(() => callsFor('uber-eats', order.id).some((c) => c.status === 200), {
      what: 'the accept call through',
    });
    const accepts = callsFor('uber-eats', order.id);
    expect(accepts.filter((c) => c.status === 200)).toHaveLength(1);
    expect(accepts.filter((c) => c.status === 503)).toHaveLength(4);
  });

  it('when the guest cancels on Wolt after it was accepted, then our order is cancelled: struck in the kitchen, nothing to bill', async () => {
    const { order } = await sim.placeOrder('wolt', {
      storeId: stores.wolt,
      items: [item('SCHNITZEL', 2)],
    });
    const taken = await settled('wolt', order.id, 'accepted');
    await waitUntil(async () => (await ticketsOf(taken.internalOrderId)).body.items.length > 0, {
      what: 'the ticket',
    });

    const deliveries = await sim.cancelOrder('wolt', order.id);

    expect(deliveries.map((d) => d.status)).toEqual([200]);
    await settled('wolt', order.id, 'cancelled');
    await waitUntil(
      async () =>
        (await call('GET', `${orders.url}/v1/orders/${taken.internalOrderId}`, undefined, manager))
          .body.status === 'cancelled',
      { what: 'our order cancelled' },
    );
    await waitUntil(
      async () => {
        const res = await ticketsOf(taken.internalOrderId);
        return res.body.items[0]?.items[0]?.voidedQuantity === 2;
      },
      { what: 'the ticket struck' },
    );
    await waitUntil(
      async () => {
        const res = await call(
          'GET',
          `${billing.url}/v1/billable-orders/${taken.internalOrderId}`,
          undefined,
          manager,
        );
        return res.body.status === 'cancelled' && res.body.total.amountMinor === 0;
      },
      { what: 'nothing to bill' },
    );
  });
});
