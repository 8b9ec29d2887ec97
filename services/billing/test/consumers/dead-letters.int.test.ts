import { newId } from '../../../../libs/contracts/src';
import { TestEnv } from '../../../../libs/testing/src';
import { expectInStep, startBilling, type Billing } from '../billing-harness';
import { aLine, anOrder } from '../order-events';

describe('billing dead-letters order events it must not apply', () => {
  const env = new TestEnv();
  let billing: Billing;
  /** The dead letter of the message with `id`, once it arrived. */
  const deadLetter = (id: string) =>
    billing.bus.waitFor(
      (m) => m.routingKey.endsWith('billing.order-events') && (m.body as { id?: string }).id === id,
      15_000,
    );

  beforeAll(async () => {
    billing = await startBilling(env);
  });
  afterAll(() => billing.stop());

  it('when a message breaks its contract, then it is dead-lettered at once and valid events after it still apply', async () => {
    const order = anOrder();
    const spaetzle = aLine(2, 1350);
    await billing.apply(order.placed(1, [spaetzle], 2700));
    const valid = order.voided(2, { line: spaetzle, quantity: 1, voidedLineId: newId() }, 1350);
    const broken = { ...valid, id: newId(), payload: { ...valid.payload, quantity: 0 } };
    const notJson = `{"type": "order.item-voided.v1", "id": "${newId()}"`;

    await billing.publishRaw(broken, broken.type);
    await billing.publishRaw(notJson, 'order.item-voided.v1');
    await billing.apply(valid);

    const dead = await deadLetter(broken.id);
    expect(dead.headers['x-brigade-reason']).toBe('invalid-message');
    expect(String(dead.headers['x-brigade-error'])).toMatch(/quantity/);
    const deadText = await billing.bus.waitFor(
      (m) => m.routingKey.endsWith('billing.order-events') && m.body.raw === notJson,
    );
    expect(deadText.headers['x-brigade-reason']).toBe('invalid-message');
    expectInStep((await billing.view(order))!, 1350);
  });

  it.each([
    ['comes from another tenant', { tenantId: newId() }],
    ['names another order in its envelope', { aggregateId: newId() }],
  ])(
    'when an event %s, then it is dead-lettered at once and the view is untouched',
    async (_case, envelope) => {
      const order = anOrder();
      const spaetzle = aLine(2, 1350);
      await billing.apply(order.placed(1, [spaetzle], 2700));
      const forged = { ...order.voided(2, { line: spaetzle, quantity: 2 }, 0), ...envelope };

      await billing.publish(forged);

      const dead = await deadLetter(forged.id);
      expect(dead.headers['x-brigade-reason']).toBe('rejected');
      expect(String(dead.headers['x-brigade-error'])).toMatch(/does not fit order/);
      const view = (await billing.view(order))!;
      expect(view.lines[0]!.status).toBe('active');
      expectInStep(view, 2700);
    },
  );

  it('when the order never becomes known, then the event is retried and ends in the dead letters, not dropped', async () => {
    const order = anOrder();
    const added = order.linesAdded(2, 2, [aLine(1, 390)], 390);

    await billing.publish(added);

    const dead = await deadLetter(added.id);
    expect(dead.headers['x-brigade-reason']).toBe('retries-exhausted');
    expect(String(dead.headers['x-brigade-error'])).toMatch(/has not seen order/);
    expect(await billing.view(order)).toBeUndefined();
  });
});
