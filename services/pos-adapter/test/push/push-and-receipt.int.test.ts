import { newId } from '../../../../libs/contracts/src';
import { TestEnv, waitUntil } from '../../../../libs/testing/src';
import {
  orderCalls,
  paidBill,
  pushesOf,
  startPosWorld,
  waitForStatus,
  type PosWorld,
} from '../pos-harness';

/**
 * A paid bill reaches the register once, however often its event comes, and its signed
 * receipt comes back as `order.fiscalized.v1`: by the register's callback, or by polling
 * when the callback is lost.
 */
describe('pushing paid bills to the fiscal POS', () => {
  const env = new TestEnv();
  let world: PosWorld;

  beforeAll(async () => {
    world = await startPosWorld(env, {
      RECEIPT_POLL_AFTER_MS: '400',
      RECEIPT_POLL_EVERY_MS: '200',
    });
  });
  afterAll(() => world.stop());
  beforeEach(() => world.pos.reset());

  it('when a bill is paid, then the register gets it once with its items and taxes, and the receipt comes back', async () => {
    const place = { tenantId: newId(), locationId: newId() };
    const event = paidBill(place, { number: 41 });
    await world.bus.publish(event);

    const fiscalized = await world.bus.waitForEvent<{
      billId: string;
      receipt: { signature: string; transactionNumber: number };
    }>('order.fiscalized.v1', (p) => p.billId === event.payload.billId);
    const [order] = world.pos.pushed();
    expect(world.pos.pushed()).toHaveLength(1);
    expect(order!.orderId).toBe(`brigade-bill-${event.payload.billId}`);
    expect(order!.body).toMatchObject({
      orderType: 'DINE_IN',
      receiptNumber: '41/2026',
      tableName: '7',
      payed: true,
      paymentMethod: 'ONLINE',
      totalPrice: 30.9,
      tips: 2,
      items: [
        {
          name: 'Wiener Schnitzel',
          quantity: 1,
          price: 21.9,
          taxData: { type: 'REDUCED', rate: 7 },
          remark: 'Preiselbeeren',
        },
        { name: 'Helles 0,5 l', quantity: 2, price: 4.5, taxData: { type: 'NORMAL', rate: 19 } },
      ],
    });
    expect(fiscalized.payload.receipt.signature).toBe(world.pos.orders()[0]!.tse!.signature);
    const [push] = await pushesOf(world, place);
    expect(push).toMatchObject({ status: 'processed', attempts: 1 });
    expect(world.pos.callbacks().map((c) => c.platformStatus)).toEqual(['processing', 'processed']);
  });

  it('when the same paid event comes twice and a second event for the bill too, then the bill is pushed once', async () => {
    const place = { tenantId: newId(), locationId: newId() };
    const event = paidBill(place);
    await world.bus.publish(event);
    await world.bus.publish(event);
    await world.bus.publish({ ...paidBill(place, { billId: event.payload.billId }) });

    await waitForStatus(world, place, 'processed', 1);
    // Both repeats were consumed (the inbox and the bill's unique push took them).
    await waitUntil(
      async () =>
        Number(
          (
            await world.app.app.platform.db.query<{ n: string }>(
              `SELECT count(*) AS n FROM inbox WHERE consumer = 'pos-adapter.billing-events'
                 AND message_id = ANY($1)`,
              [[event.id]],
            )
          )[0]!.n,
        ) === 1,
      { what: 'the event in the inbox' },
    );
    expect(orderCalls(world.pos)).toHaveLength(1);
    expect(world.pos.pushed()).toHaveLength(1);
  });

  it('when the callbacks are lost, then the receipt is found by polling, no sooner than the interval', async () => {
    world.pos.behave({ loseCallbacks: true, processMs: 100 });
    const place = { tenantId: newId(), locationId: newId() };
    const event = paidBill(place);
    await world.bus.publish(event);

    await world.bus.waitForEvent(
      'order.fiscalized.v1',
      (p: { billId: string }) => p.billId === event.payload.billId,
    );
    const [push] = await pushesOf(world, place);
    expect(push!.receipt).toMatchObject({ transactionNumber: expect.any(Number) });
    expect(world.pos.callbacks().every((c) => c.status === -1)).toBe(true);
    const polls = world.pos.requests().filter((r) => r.path.startsWith('/orders/'));
    expect(polls.length).toBeGreaterThanOrEqual(1);
    // Each poll of the order at least the interval after the one before.
    const times = polls.map((p) => Date.parse(p.at));
    for (let i = 1; i < times.length; i++)
      expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(350);
  });

  it('when the push times out at us but reached the register, then the retry asks first and adopts it', async () => {
    // Answers after 1.5 s, past our 1 s timeout; the order is stored at once all the same.
    // No callbacks: only the retry can learn that the push arrived.
    world.pos.behave({ delayMs: 1_500, loseCallbacks: true });
    const place = { tenantId: newId(), locationId: newId() };
    await world.bus.publish(paidBill(place));
    await waitUntil(() => world.pos.pushed().length === 1, { what: 'the push arriving' });
    world.pos.behave({ delayMs: 0 });

    await waitForStatus(world, place, 'processed', 1);
    expect(world.pos.pushed()).toHaveLength(1);
    expect(orderCalls(world.pos, 'GET').length).toBeGreaterThanOrEqual(1);
    const [push] = await pushesOf(world, place);
    expect(push!.attempts).toBe(2);
  });

  it('when the register would accept the same order twice, then asking first still keeps it to one', async () => {
    world.pos.behave({ duplicates: true, delayMs: 1_500, loseCallbacks: true });
    const place = { tenantId: newId(), locationId: newId() };
    await world.bus.publish(paidBill(place));
    await waitUntil(() => world.pos.pushed().length === 1, { what: 'the push arriving' });
    world.pos.behave({ delayMs: 0 });

    await waitForStatus(world, place, 'processed', 1);
    expect(world.pos.pushed()).toHaveLength(1);
  });

  it('when the register voids its tokens, then the adapter logs in again once and the push goes through', async () => {
    const place = { tenantId: newId(), locationId: newId() };
    await world.bus.publish(paidBill(place, { number: 1 }));
    await world.bus.publish(paidBill(place, { number: 2 }));
    await waitForStatus(world, place, 'processed', 2);
    world.pos.revokeTokens();
    const before = world.pos.requests().filter((r) => r.path === '/login').length;

    await world.bus.publish(paidBill(place, { number: 3 }));

    await waitForStatus(world, place, 'processed', 3);
    expect(world.pos.requests().filter((r) => r.path === '/login')).toHaveLength(before + 1);
    expect(world.pos.requests().filter((r) => r.status === 401)).toHaveLength(1);
    expect(world.pos.pushed()).toHaveLength(3);
  });
});
