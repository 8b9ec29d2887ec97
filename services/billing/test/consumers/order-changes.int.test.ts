import { newId, type BillableOrderResponse } from '../../../../libs/contracts/src';
import { TestEnv } from '../../../../libs/testing/src';
import { expectInStep, startBilling, type Billing } from '../billing-harness';
import { aLine, anOrder } from '../order-events';

const shape = (view: BillableOrderResponse) =>
  view.lines.map((l) => [l.lineId, l.quantity, l.total.amountMinor, l.status, l.comped]);

describe('billing follows the changes of an order', () => {
  const env = new TestEnv();
  let billing: Billing;

  beforeAll(async () => {
    billing = await startBilling(env);
  });
  afterAll(() => billing.stop());

  it('when a round is added, then its lines join the view once and the total is the new order total', async () => {
    const order = anOrder();
    const [spaetzle, schorle, helles] = [aLine(2, 1890), aLine(1, 390), aLine(2, 490, 'Helles')];
    const placed = order.placed(1, [spaetzle, schorle], 4170);
    await billing.apply(placed);
    const added = order.linesAdded(2, 2, [helles], 5150);

    await billing.apply(added);
    await billing.redeliver(added);
    await billing.redeliver(placed);

    const view = (await billing.view(order))!;
    expect(shape(view)).toEqual([
      [spaetzle.lineId, 2, 3780, 'active', false],
      [schorle.lineId, 1, 390, 'active', false],
      [helles.lineId, 2, 980, 'active', false],
    ]);
    expect(view.lines[2]!.round).toBe(2);
    expect(view).toMatchObject({ status: 'open', version: 2, total: { amountMinor: 5150 } });
    expectInStep(view, 5150);
  });

  it('when some units of a line are voided, then they are split off as a cancelled line and the total drops to the cent', async () => {
    const order = anOrder();
    const [wine, schorle] = [aLine(3, 333, 'Riesling 0,1'), aLine(1, 390)];
    await billing.apply(order.placed(1, [wine, schorle], 1389));
    const voidedLineId = newId();
    const voided = order.voided(3, { line: wine, voidedLineId, quantity: 2 }, 723);

    await billing.apply(voided);
    await billing.redeliver(voided);

    const view = (await billing.view(order))!;
    expect(shape(view)).toEqual([
      [wine.lineId, 1, 333, 'active', false],
      [voidedLineId, 2, 666, 'cancelled', false],
      [schorle.lineId, 1, 390, 'active', false],
    ]);
    expect(view.lines.map((l) => l.charged.amountMinor)).toEqual([333, 0, 390]);
    expectInStep(view, 723);
  });

  it('when a whole line is voided, then that line is cancelled and no longer charged', async () => {
    const order = anOrder();
    const [spaetzle, schorle] = [aLine(2, 1350), aLine(1, 390)];
    await billing.apply(order.placed(1, [spaetzle, schorle], 3090));
    const voided = order.voided(2, { line: spaetzle, quantity: 2 }, 390);

    await billing.apply(voided);
    await billing.redeliver(voided);

    const view = (await billing.view(order))!;
    expect(shape(view)).toEqual([
      [spaetzle.lineId, 2, 2700, 'cancelled', false],
      [schorle.lineId, 1, 390, 'active', false],
    ]);
    expectInStep(view, 390);
  });

  it('when some units are comped, then they are split off as a comped line, kept and charged nothing', async () => {
    const order = anOrder();
    const [schnitzel, schorle] = [aLine(3, 1999, 'Wiener Schnitzel'), aLine(2, 395)];
    await billing.apply(order.placed(1, [schnitzel, schorle], 6787));
    const compedLineId = newId();
    const comped = order.comped(2, { line: schnitzel, compedLineId, quantity: 1 }, 4788);

    await billing.apply(comped);
    await billing.redeliver(comped);

    const view = (await billing.view(order))!;
    expect(shape(view)).toEqual([
      [schnitzel.lineId, 2, 3998, 'active', false],
      [compedLineId, 1, 1999, 'active', true],
      [schorle.lineId, 2, 790, 'active', false],
    ]);
    expect(view.lines[1]!.charged.amountMinor).toBe(0);
    expectInStep(view, 4788);
  });

  it('when a whole line is comped and then voided, then it stays comped, is cancelled and the total follows each step', async () => {
    const order = anOrder();
    const [kaffee, brezel] = [aLine(1, 290, 'Kaffee'), aLine(2, 250, 'Brezel')];
    await billing.apply(order.placed(1, [kaffee, brezel], 790));
    const comped = order.comped(2, { line: kaffee, quantity: 1 }, 500);

    await billing.apply(comped);
    await billing.redeliver(comped);
    const afterComp = (await billing.view(order))!;
    await billing.apply(order.voided(3, { line: kaffee, quantity: 1 }, 500));

    expect(shape(afterComp)).toEqual([
      [kaffee.lineId, 1, 290, 'active', true],
      [brezel.lineId, 2, 500, 'active', false],
    ]);
    expectInStep(afterComp, 500);
    const view = (await billing.view(order))!;
    expect(shape(view)[0]).toEqual([kaffee.lineId, 1, 290, 'cancelled', true]);
    expectInStep(view, 500);
  });

  it('when the order is cancelled after its lines were voided, then it is cancelled and charges nothing', async () => {
    const order = anOrder();
    const [spaetzle, schorle] = [aLine(2, 1350), aLine(1, 390)];
    await billing.apply(order.placed(1, [spaetzle, schorle], 3090));
    await billing.apply(
      order.voided(2, { line: spaetzle, quantity: 2 }, 390),
      order.voided(3, { line: schorle, quantity: 1 }, 0),
    );
    const cancelled = order.cancelled(4);

    await billing.apply(cancelled);
    await billing.redeliver(cancelled);

    const view = (await billing.view(order))!;
    expect(view).toMatchObject({ status: 'cancelled', mergedIntoOrderId: null, version: 4 });
    expect(view.lines.map((l) => l.status)).toEqual(['cancelled', 'cancelled']);
    expectInStep(view, 0);
  });

  it('when the details change, then guest count, alias and customer follow, and the total stays', async () => {
    const order = anOrder();
    await billing.apply(order.placed(1, [aLine(1, 1890)], 1890));
    const changed = order.detailsChanged(2, {
      guestCount: 5,
      alias: 'Geburtstag Müller',
      customerName: 'Frau Müller',
    });

    await billing.apply(changed);
    await billing.redeliver(changed);

    const view = (await billing.view(order))!;
    expect(view).toMatchObject({
      guestCount: 5,
      alias: 'Geburtstag Müller',
      customerName: 'Frau Müller',
      tableLabel: '12',
      type: 'dine_in',
      version: 2,
    });
    expectInStep(view, 1890);
  });
});
