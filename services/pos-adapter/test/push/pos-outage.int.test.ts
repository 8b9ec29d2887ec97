import { newId } from '../../../../libs/contracts/src';
import { TestEnv, waitUntil } from '../../../../libs/testing/src';
import { paidBill, pushesOf, startPosWorld, waitForStatus, type PosWorld } from '../pos-harness';

const BILLS = 30;
const OUTAGE_MS = 8_000;
const RESET_MS = 1_000;

/**
 * The register is down through a stream of paid bills, long enough that every push would
 * have been retried many times (here 8 s with a 1 s breaker reset stands for minutes with
 * 30 s). The breaker opens after a few failed calls; from then on only one probe per reset
 * reaches the register, and the pushes wait instead of spending attempts. Once it is back,
 * every bill is pushed, none twice.
 */
describe('the fiscal POS down under a stream of paid bills', () => {
  const env = new TestEnv();
  const place = { tenantId: newId(), locationId: newId() };
  let world: PosWorld;

  beforeAll(async () => {
    world = await startPosWorld(env, {
      POS_TIMEOUT_MS: '500',
      POS_BREAKER_VOLUME: '3',
      POS_BREAKER_RESET_MS: String(RESET_MS),
      PUSH_ATTEMPTS: '10',
      PUSH_BACKOFF_MS: '50',
      PUSH_BACKOFF_MAX_MS: '400',
      RECEIPT_POLL_AFTER_MS: '500',
      RECEIPT_POLL_EVERY_MS: '250',
    });
  });
  afterAll(() => world.stop());

  it('when the register is down, then the breaker lets almost nothing through, and after it every bill is pushed once', async () => {
    world.pos.behave({ mode: 'down' });
    const downSince = new Date().toISOString();
    let sawOpen = false;
    const watch = setInterval(() => {
      sawOpen ||= world.app.app.registers.stateOf(world.pos.url) === 'open';
    }, 20);
    try {
      for (let n = 1; n <= BILLS; n++) {
        await world.bus.publish(paidBill(place, { number: n }));
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      await waitUntil(() => Date.now() - Date.parse(downSince) >= OUTAGE_MS || undefined, {
        what: 'the outage lasting',
        timeoutMs: OUTAGE_MS + 1_000,
        intervalMs: 200,
      });
    } finally {
      clearInterval(watch);
    }
    const duringOutage = world.pos.requests().filter((r) => r.at >= downSince);
    world.pos.behave({ mode: 'normal' });

    expect(sawOpen).toBe(true);
    // Without the breaker: 30 bills retried every ≤400 ms for 8 s, hundreds of calls.
    // With it: the calls that opened it, then about one probe per reset (a login and a lookup).
    expect(duringOutage.length).toBeLessThanOrEqual(3 + 3 * (OUTAGE_MS / RESET_MS));
    expect(world.pos.pushed()).toHaveLength(0);
    const pending = await pushesOf(world, place);
    expect(pending).toHaveLength(BILLS);
    expect(pending.every((p) => p.status === 'pending')).toBe(true);

    await waitForStatus(world, place, 'processed', BILLS, 60_000);
    const keys = world.pos.pushed().map((o) => o.orderId);
    expect(keys).toHaveLength(BILLS);
    expect(new Set(keys).size).toBe(BILLS);
    expect(world.app.app.registers.stateOf(world.pos.url)).toBe('closed');
  });
});
