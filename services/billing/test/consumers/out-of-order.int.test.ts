import { newId } from '../../../../libs/contracts/src';
import { TestEnv } from '../../../../libs/testing/src';
import { expectInStep, startBilling, type Billing } from '../billing-harness';
import { aLine, anOrder, type TestOrder } from '../order-events';
import type { OrderLine } from '../../../../libs/contracts/src';

describe('billing applies order events that arrive out of order', () => {
  const env = new TestEnv();
  let billing: Billing;

  beforeAll(async () => {
    billing = await startBilling(env, { RETRY_DELAYS_MS: '250,500,1000,2000,4000' });
  });
  afterAll(() => billing.stop());

  const early: [string, (o: TestOrder, line: OrderLine) => { id: string; type: string }, number][] =
    [
      ['order.lines-added.v1', (o) => o.linesAdded(2, 2, [aLine(1, 390)], 3090), 3090],
      [
        'order.item-voided.v1',
        (o, l) => o.voided(2, { line: l, quantity: 1, voidedLineId: newId() }, 1350),
        1350,
      ],
      ['order.item-comped.v1', (o, l) => o.comped(2, { line: l, quantity: 2 }, 0), 0],
      ['order.details-changed.v1', (o) => o.detailsChanged(2, { guestCount: 3 }), 2700],
    ];

  it.each(early)(
    'when %s arrives before its order was placed, then it is retried and applied after the placed event',
    async (_type, change, totalMinor) => {
      const order = anOrder();
      const spaetzle = aLine(2, 1350);
      const retried = await billing.nextRetry();

      await billing.publish(change(order, spaetzle));
      await retried();
      const before = await billing.view(order);
      await billing.publish(order.placed(1, [spaetzle], 2700));

      expect(before).toBeUndefined();
      const view = await billing.waitForView(order, (v) => v.version === 2, 'version 2');
      expectInStep(view, totalMinor);
    },
  );

  it('when a void of a line comes back from its retry before the round that added the line, then it waits for the round and both apply once', async () => {
    const order = anOrder();
    const [spaetzle, helles] = [aLine(2, 1350), aLine(3, 490, 'Helles')];
    await billing.apply(order.placed(1, [spaetzle], 2700));
    const voidedLineId = newId();
    const retried = await billing.nextRetry();

    await billing.publish(order.voided(4, { line: helles, voidedLineId, quantity: 1 }, 3680));
    await retried();
    const before = (await billing.view(order))!;
    await billing.publish(order.linesAdded(3, 2, [helles], 4170));

    expect(before.version).toBe(1);
    const view = await billing.waitForView(order, (v) => v.version === 4, 'version 4');
    expect(view.lines.map((l) => [l.lineId, l.quantity, l.status])).toEqual([
      [spaetzle.lineId, 2, 'active'],
      [helles.lineId, 2, 'active'],
      [voidedLineId, 1, 'cancelled'],
    ]);
    expectInStep(view, 3680);
  });

  it('when a later event arrives while an earlier change of the total is missing, then it waits and the view never shows a total orders never had', async () => {
    const order = anOrder();
    const [spaetzle, schorle] = [aLine(2, 1350), aLine(1, 390)];
    await billing.apply(order.placed(1, [spaetzle, schorle], 3090));
    const retried = await billing.nextRetry();

    await billing.publish(order.voided(3, { line: schorle, quantity: 1 }, 1350));
    await retried();
    const before = (await billing.view(order))!;
    await billing.publish(
      order.voided(2, { line: spaetzle, quantity: 1, voidedLineId: newId() }, 1740),
    );

    expectInStep(before, 3090);
    const view = await billing.waitForView(order, (v) => v.version === 3, 'version 3');
    expectInStep(view, 1350);
  });

  it('when an older event arrives after a newer one was applied, then its change is kept, and older details never overwrite newer ones', async () => {
    const order = anOrder();
    const [spaetzle, schorle] = [aLine(2, 1350), aLine(1, 390)];
    await billing.apply(
      order.placed(1, [spaetzle, schorle], 3090),
      order.voided(3, { line: schorle, quantity: 1 }, 2700),
    );

    await billing.apply(order.detailsChanged(2, { guestCount: 3, alias: 'Stammtisch' }));
    const late = (await billing.view(order))!;
    await billing.apply(order.detailsChanged(5, { guestCount: 6 }));
    await billing.apply(order.detailsChanged(4, { guestCount: 4 }));

    expect(late).toMatchObject({ guestCount: 3, alias: 'Stammtisch', version: 3 });
    expectInStep(late, 2700);
    expect(await billing.view(order)).toMatchObject({ guestCount: 6, alias: null, version: 5 });
  });
});
