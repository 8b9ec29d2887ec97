import { TestEnv } from '../../../../libs/testing/src';
import { expectInStep, startBilling, type Billing } from '../billing-harness';
import { aLine, anOrder } from '../order-events';

const lineIds = (view: { lines: { lineId: string }[] }) => view.lines.map((l) => l.lineId);

describe('billing follows lines moving between orders', () => {
  const env = new TestEnv();
  let billing: Billing;

  beforeAll(async () => {
    billing = await startBilling(env, { RETRY_DELAYS_MS: '250,500,1000,2000,4000' });
  });
  afterAll(() => billing.stop());

  it('when lines move to a table without a tab, then a view is opened from them with its number, table and type', async () => {
    const source = anOrder();
    const target = anOrder(source);
    const [spaetzle, schorle] = [aLine(2, 1350), aLine(1, 390)];
    await billing.apply(source.placed(1, [spaetzle, schorle], 3090));
    const moved = source.moved(target, 1, {
      lines: [schorle],
      fromTotalMinor: 2700,
      toTotalMinor: 390,
      isNew: true,
    });

    await billing.apply(moved);
    await billing.redeliver(moved);

    const [from, to] = [(await billing.view(source))!, (await billing.view(target))!];
    expect(lineIds(from)).toEqual([spaetzle.lineId]);
    expectInStep(from, 2700);
    expect(to).toMatchObject({
      orderNumber: target.orderNumber,
      locationId: source.locationId,
      tableLabel: '9',
      type: 'dine_in',
      status: 'open',
      version: 1,
    });
    expect(lineIds(to)).toEqual([schorle.lineId]);
    expectInStep(to, 390);
  });

  it('when lines move to a table with a tab, then they join its lines with their state, each exactly once', async () => {
    const source = anOrder();
    const target = anOrder(source);
    const [spaetzle, kaffee, schorle, helles] = [
      aLine(2, 1350),
      aLine(1, 290),
      aLine(1, 390),
      aLine(2, 490),
    ];
    await billing.apply(
      source.placed(1, [spaetzle, kaffee, schorle], 3380),
      source.comped(2, { line: kaffee, quantity: 1 }, 3090),
      target.placed(1, [helles], 980),
    );
    const moved = source.moved(target, 2, {
      lines: [kaffee, schorle],
      fromTotalMinor: 2700,
      toTotalMinor: 1370,
      isNew: false,
    });

    await billing.apply(moved);
    await billing.redeliver(moved);

    const [from, to] = [(await billing.view(source))!, (await billing.view(target))!];
    expect(lineIds(from)).toEqual([spaetzle.lineId]);
    expectInStep(from, 2700);
    expect(lineIds(to)).toEqual([helles.lineId, kaffee.lineId, schorle.lineId]);
    expect(to.lines[1]).toMatchObject({ comped: true, charged: { amountMinor: 0 } });
    expect(to.version).toBe(2);
    expectInStep(to, 1370);
  });

  it('when tables are merged, then every line sits on the parent once and the emptied order is cancelled, charging nothing', async () => {
    const other = anOrder();
    const parent = anOrder(other);
    const [spaetzle, schorle, helles] = [aLine(2, 1350), aLine(1, 390), aLine(2, 490)];
    await billing.apply(
      other.placed(1, [spaetzle, schorle], 3090),
      other.detailsChanged(2, { guestCount: 2 }),
      parent.placed(1, [helles], 980),
    );
    const moved = other.moved(parent, 3, {
      lines: [spaetzle, schorle],
      fromTotalMinor: 0,
      toTotalMinor: 4070,
      isNew: false,
    });
    const cancelled = other.cancelled(4, parent.orderId);

    await billing.apply(moved, cancelled);
    await billing.redeliver(moved);
    await billing.redeliver(cancelled);

    const [emptied, merged] = [(await billing.view(other))!, (await billing.view(parent))!];
    expect(emptied).toMatchObject({
      status: 'cancelled',
      mergedIntoOrderId: parent.orderId,
      lines: [],
      guestCount: 2,
    });
    expectInStep(emptied, 0);
    expect(lineIds(merged)).toEqual([helles.lineId, spaetzle.lineId, schorle.lineId]);
    expectInStep(merged, 4070);
  });

  it('when the emptied order is cancelled before the merge has landed, then the cancel waits for it', async () => {
    const other = anOrder();
    const parent = anOrder(other);
    const [spaetzle, helles] = [aLine(1, 1350), aLine(1, 490)];
    await billing.apply(other.placed(1, [spaetzle], 1350), parent.placed(1, [helles], 490));
    const moved = other.moved(parent, 2, {
      lines: [spaetzle],
      fromTotalMinor: 0,
      toTotalMinor: 1840,
      isNew: false,
    });
    const retried = await billing.nextRetry();

    await billing.publish(other.cancelled(3, parent.orderId));
    await retried();
    const beforeMerge = (await billing.view(other))!;
    await billing.publish(moved);

    expect(beforeMerge).toMatchObject({ status: 'open', total: { amountMinor: 1350 } });
    const emptied = await billing.waitForView(other, (v) => v.status === 'cancelled', 'cancelled');
    expectInStep(emptied, 0);
    expectInStep((await billing.view(parent))!, 1840);
  });

  it('when a move arrives before the source order is known, then it is retried and applied once the source is placed', async () => {
    const source = anOrder();
    const target = anOrder(source);
    const [spaetzle, schorle] = [aLine(2, 1350), aLine(1, 390)];
    const retried = await billing.nextRetry();

    await billing.publish(
      source.moved(target, 1, {
        lines: [schorle],
        fromTotalMinor: 2700,
        toTotalMinor: 390,
        isNew: true,
      }),
    );
    await retried();
    const beforePlaced = await billing.view(target);
    await billing.publish(source.placed(1, [spaetzle, schorle], 3090));

    expect(beforePlaced).toBeUndefined();
    const to = await billing.waitForView(target);
    expect(lineIds(to)).toEqual([schorle.lineId]);
    expectInStep(to, 390);
    expectInStep((await billing.view(source))!, 2700);
  });
});
