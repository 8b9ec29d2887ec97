import { newId } from '../../../../libs/contracts/src';
import { TestEnv, waitUntil } from '../../../../libs/testing/src';
import { asStaff } from '../../../../test/support/builders';
import { call } from '../../../../test/support/http-client';
import {
  orderCalls,
  paidBill,
  pushesOf,
  startPosWorld,
  waitForStatus,
  type PosWorld,
} from '../pos-harness';

/**
 * What the register refuses goes to the dead letters at once, with the alert and no
 * retries; an operator re-sends it, closes it, or has billing refund it, each once.
 */
describe('dead letters of the fiscal POS and what operators do with them', () => {
  const env = new TestEnv();
  let world: PosWorld;

  beforeAll(async () => {
    world = await startPosWorld(env, { PUSH_ATTEMPTS: '3' });
  });
  afterAll(() => world.stop());
  beforeEach(() => world.pos.reset());

  const pushesUrl = () => `${world.app.url}/v1/fiscal-pushes`;

  async function deadLettered(behaviour: Parameters<PosWorld['pos']['behave']>[0]) {
    world.pos.behave(behaviour);
    const place = { tenantId: newId(), locationId: newId() };
    const event = paidBill(place);
    await world.bus.publish(event);
    const alert = await world.bus.waitForEvent<{ billId: string; kind: string; reason: string }>(
      'pos.push-failed.v1',
      (p) => p.billId === event.payload.billId,
    );
    const [push] = await pushesOf(world, place);
    const operator = await asStaff(place.tenantId, ['operator'], 'all');
    return { place, event, alert, push: push!, operator };
  }

  it('when the register refuses a paid bill, then it is dead-lettered with an alert at once, never retried', async () => {
    const { alert, push, place } = await deadLettered({ mode: 'reject' });

    expect(alert.payload).toMatchObject({ kind: 'permanent', attempts: 1 });
    expect(alert.payload.reason).toContain('HTTP 422');
    expect(push).toMatchObject({ status: 'dead_letter', attempts: 1, failure_kind: 'permanent' });
    expect(orderCalls(world.pos)).toHaveLength(1);
    // Still one call a while later: nothing retries a refusal.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(orderCalls(world.pos)).toHaveLength(1);
    expect((await pushesOf(world, place))[0]!.attempts).toBe(1);
  });

  it('when the register ends the order in processing_error, then it is dead-lettered with the reason', async () => {
    const { alert, push } = await deadLettered({ failProcessing: true });

    expect(alert.payload.kind).toBe('permanent');
    expect(alert.payload.reason).toContain('processing_error');
    expect(push.status).toBe('dead_letter');
  });

  it('when the register answers 5xx to every attempt, then the last one dead-letters it as transient', async () => {
    const { alert, push } = await deadLettered({ mode: 'error5xx' });

    expect(alert.payload).toMatchObject({ kind: 'transient', attempts: 3 });
    expect(push.status).toBe('dead_letter');
  });

  it('when an operator re-sends a refused bill twice in a row, then it is re-sent once under a new key and signed', async () => {
    const { push, operator, place, event } = await deadLettered({ mode: 'reject' });
    world.pos.behave({ mode: 'normal' });

    const [first, second] = await Promise.all([
      call(
        'POST',
        `${pushesUrl()}/${push.id}/resend`,
        { reason: 'item code fixed at the POS' },
        operator,
      ),
      call(
        'POST',
        `${pushesUrl()}/${push.id}/resend`,
        { reason: 'item code fixed at the POS' },
        operator,
      ),
    ]);

    expect([first.status, second.status].sort()).toEqual([200, 409]);
    const refused = first.status === 409 ? first : second;
    expect(refused.body.type).toContain('push-not-dead-lettered');
    await waitForStatus(world, place, 'processed', 1);
    expect(world.pos.pushed().map((o) => o.orderId)).toEqual([
      `brigade-bill-${event.payload.billId}-r1`,
    ]);
    const shown = await call('GET', `${pushesUrl()}/${push.id}`, undefined, operator);
    expect(shown.body).toMatchObject({ status: 'processed', attempts: 1 });
    expect(shown.body.actions).toEqual([
      expect.objectContaining({ action: 'resend', reason: 'item code fixed at the POS' }),
    ]);
    expect(shown.body.receipt.signature).toEqual(expect.any(String));
  });

  it('when an operator asks for a refund, then pos.refund-requested.v1 goes to billing and the push waits for it', async () => {
    const { push, operator, event } = await deadLettered({ mode: 'reject' });

    const res = await call(
      'POST',
      `${pushesUrl()}/${push.id}/refund`,
      { reason: 'guest left, refund' },
      operator,
    );

    expect(res.status).toBe(200);
    expect(res.body.status).toBe('refund_requested');
    const requested = await world.bus.waitForEvent<{ billId: string; requestedBy: string }>(
      'pos.refund-requested.v1',
      (p) => p.billId === event.payload.billId,
    );
    expect(requested.payload.requestedBy).toMatch(/^user:/);
    const again = await call(
      'POST',
      `${pushesUrl()}/${push.id}/refund`,
      { reason: 'guest left, refund' },
      operator,
    );
    expect(again.status).toBe(409);
  });

  it('when an operator marks a dead letter handled, then it is closed with who and why', async () => {
    const { push, operator } = await deadLettered({ mode: 'reject' });

    const res = await call(
      'POST',
      `${pushesUrl()}/${push.id}/mark-handled`,
      { reason: 'booked on the POS by hand' },
      operator,
    );

    expect(res.status).toBe(200);
    expect(res.body.status).toBe('handled');
    expect(res.body.actions[0]).toMatchObject({
      action: 'mark-handled',
      reason: 'booked on the POS by hand',
    });
  });

  it('when the dead letters are listed, then an operator sees its tenant only, a waiter nothing, and bad input is named', async () => {
    const { push, operator, place } = await deadLettered({ mode: 'reject' });
    const stranger = await asStaff(newId(), ['operator'], 'all');
    const waiter = await asStaff(place.tenantId, ['waiter'], 'all');

    const mine = await call('GET', `${pushesUrl()}?status=dead_letter`, undefined, operator);
    const theirs = await call('GET', `${pushesUrl()}?status=dead_letter`, undefined, stranger);
    const peek = await call('GET', `${pushesUrl()}/${push.id}`, undefined, stranger);
    const resendByStranger = await call(
      'POST',
      `${pushesUrl()}/${push.id}/resend`,
      { reason: 'mine now' },
      stranger,
    );
    const byWaiter = await call('GET', pushesUrl(), undefined, waiter);
    const noReason = await call(
      'POST',
      `${pushesUrl()}/${push.id}/resend`,
      { reason: '' },
      operator,
    );
    const badStatus = await call('GET', `${pushesUrl()}?status=lost`, undefined, operator);

    expect(mine.body.items.map((p: { id: string }) => p.id)).toEqual([push.id]);
    expect(theirs.body.items).toEqual([]);
    expect(peek.status).toBe(404);
    expect(resendByStranger.status).toBe(404);
    expect(byWaiter.status).toBe(403);
    expect(noReason.status).toBe(400);
    expect(noReason.body.fields[0].field).toBe('reason');
    expect(badStatus.status).toBe(400);
    expect(badStatus.body.fields[0].field).toBe('query.status');
    await waitUntil(async () => (await pushesOf(world, place))[0]!.status === 'dead_letter');
  });
});
