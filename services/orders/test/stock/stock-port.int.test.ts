import { newId } from '../../../../libs/contracts/src';
import { AppError } from '../../../../libs/core/src';
import { BusProbe, TestEnv } from '../../../../libs/testing/src';
import { aMenu, type TestMenu } from '../../../../test/support/builders';
import { startApp, type StartedApp } from '../../../../test/support/stack';
import type { StockContext, StockLine, StockReversal } from '../../src/domain/stock/ports';
import { aStockKitchen, type StockKitchen } from './stock-builders';

describe('stock port: deduction when items fire, reversal on void', () => {
  const env = new TestEnv();
  let orders: StartedApp<'orders'>;
  let bus: BusProbe;
  let menu: TestMenu;
  let kitchen: StockKitchen;
  const stock = () => orders.app.deps.stock;
  const db = () => orders.app.platform.db;
  const inTransaction = <T>(fn: () => Promise<T>) => db().withTransaction(fn);
  const ctx = (policy: StockContext['policy'] = 'block', orderId = newId()): StockContext => ({
    tenantId: menu.tenantId,
    locationId: menu.locationId,
    orderId,
    policy,
  });
  const line = (productId: string, quantity: number, index = 0): StockLine => ({
    lineId: newId(),
    productId,
    quantity,
    field: `lines.${index}`,
  });
  const fire = (c: StockContext, lines: StockLine[]) =>
    inTransaction(() => stock().deductForFire(c, lines));
  /** All units of each line go back (the line's own id names the portion). */
  const whole = (...lines: StockLine[]): StockReversal[] =>
    lines.map((l) => ({
      lineId: l.lineId,
      reversalId: l.lineId,
      quantity: l.quantity,
    }));
  const reverse = (c: Omit<StockContext, 'policy'>, portions: StockReversal[]) =>
    inTransaction(() => stock().reverse(c, portions, 'cancel'));
  const failureOf = (p: Promise<unknown>) =>
    p.then(
      () => undefined,
      (err: unknown) => err,
    );
  const countMovements = async (lineIds: string[], kind: string) =>
    (
      await db().query<{ n: number }>(
        'SELECT count(*)::int AS n FROM stock_movements WHERE line_id = ANY($1::uuid[]) AND kind = $2',
        [lineIds, kind],
      )
    )[0]!.n;

  beforeAll(async () => {
    // Room for the concurrent transactions of the race tests.
    orders = await startApp(env, 'orders', { DB_POOL_SIZE: '8' });
    bus = await BusProbe.start(env.run.amqpUrl, `${env.amqpPrefix}brigade.events`);
  });
  afterAll(async () => {
    await bus.stop();
    await orders.stop();
  });
  beforeEach(async () => {
    menu = await aMenu(db());
    kitchen = await aStockKitchen(db(), menu);
  });

  it('when lines fire, then recipe × quantity is deducted per ingredient and each line gets its fire movements', async () => {
    const { schnitzel, spaetzle } = kitchen.products;
    const lines = [line(schnitzel, 2, 0), line(spaetzle, 1, 1)];

    await fire(ctx(), lines);

    expect(await kitchen.onHand('veal')).toBe(10 - 2);
    expect(await kitchen.onHand('flour')).toBe(5000 - 2 * 80 - 150.5);
    expect(await kitchen.onHand('cheese')).toBe(2000 - 120);
    expect(await countMovements([lines[0]!.lineId], 'fire')).toBe(2);
    expect(await countMovements([lines[1]!.lineId], 'fire')).toBe(2);
  });

  it('when a recipe uses an ingredient the location does not track, then it neither blocks nor moves', async () => {
    const lines = [line(kitchen.products.spaetzle, 10)];

    await fire(ctx('block'), lines);

    expect(await kitchen.isTracked('onions')).toBe(false);
    expect(await kitchen.onHand('cheese')).toBe(2000 - 10 * 120);
    expect(await countMovements([lines[0]!.lineId], 'fire')).toBe(2);
  });

  it('when blocking and a tracked ingredient would go negative, then a 422 names the lines and the whole transaction rolls back', async () => {
    const { schnitzel, spaetzle } = kitchen.products;
    const first = line(spaetzle, 1, 0);
    const short = [line(schnitzel, 7, 1), line(schnitzel, 4, 2)];

    const err = await failureOf(
      inTransaction(async () => {
        await stock().deductForFire(ctx('block'), [first]);
        await stock().deductForFire(ctx('block'), short);
      }),
    );

    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({ status: 422, type: 'insufficient-stock' });
    expect((err as AppError).fields).toEqual([
      { field: 'lines.1', message: 'short of Kalbsschnitzel: needs 11 pc, 10 pc on hand' },
      { field: 'lines.2', message: 'short of Kalbsschnitzel: needs 11 pc, 10 pc on hand' },
    ]);
    expect(await kitchen.onHand('veal')).toBe(10);
    expect(await kitchen.onHand('flour')).toBe(5000);
    expect(await kitchen.onHand('cheese')).toBe(2000);
    expect(await countMovements([first.lineId, ...short.map((l) => l.lineId)], 'fire')).toBe(0);
  });

  it('when alerting, then stock goes negative and stock.low.v1 is published once per crossing', async () => {
    const c = ctx('alert');
    const [a, b, again] = [
      line(kitchen.products.schnitzel, 8),
      line(kitchen.products.schnitzel, 5),
      line(kitchen.products.schnitzel, 7),
    ];
    const lowOfVeal = () =>
      bus.all<{ type: string; aggregateId: string; payload: { onHand: number } }>(
        (m) => m.body.type === 'stock.low.v1' && m.body.aggregateId === kitchen.ingredients.veal,
      );

    await fire(c, [a]);
    await fire(c, [b]);
    const first = await bus.waitForEvent<{ ingredientId: string; onHand: number }>(
      'stock.low.v1',
      (p) => p.ingredientId === kitchen.ingredients.veal,
    );
    await reverse(c, whole(a, b));
    await fire(c, [again]);
    await bus.waitForEvent<{ ingredientId: string; onHand: number }>(
      'stock.low.v1',
      (p) => p.ingredientId === kitchen.ingredients.veal && p.onHand === 3,
    );

    expect(await kitchen.onHand('veal')).toBe(3);
    expect(first).toMatchObject({
      tenantId: menu.tenantId,
      locationId: menu.locationId,
      aggregateId: kitchen.ingredients.veal,
      payload: { name: 'Kalbsschnitzel', unit: 'pc', onHand: 2, threshold: 3, orderId: c.orderId },
    });
    expect(lowOfVeal().map((m) => m.body.payload.onHand)).toEqual([2, 3]);
  });

  it('when several deductions stay below the threshold in one transaction, then only the crossing adds stock.low.v1 to the outbox', async () => {
    const c = ctx('alert');

    const outboxed = await inTransaction(async () => {
      for (let i = 0; i < 4; i++)
        await stock().deductForFire(c, [line(kitchen.products.schnitzel, 3)]);
      return db().query<{ version: number; onHand: number }>(
        `SELECT (envelope->>'aggregateVersion')::int AS version, (envelope->'payload'->>'onHand')::float AS "onHand"
           FROM outbox WHERE type = 'stock.low.v1' AND envelope->>'aggregateId' = $1`,
        [kitchen.ingredients.veal],
      );
    });

    expect(outboxed).toEqual([{ version: expect.any(Number), onHand: 1 }]);
    expect(await kitchen.onHand('veal')).toBe(-2);
  });

  it('when lines are reversed twice, even at the same time, then exactly what they took comes back once', async () => {
    const c = ctx('block');
    const lines = [line(kitchen.products.schnitzel, 2), line(kitchen.products.spaetzle, 3, 1)];
    await fire(c, lines);

    await Promise.all([reverse(c, whole(...lines)), reverse(c, whole(...lines))]);
    await reverse(c, whole(...lines));

    expect(await kitchen.onHand('veal')).toBe(10);
    expect(await kitchen.onHand('flour')).toBe(5000);
    expect(await kitchen.onHand('cheese')).toBe(2000);
    expect(
      await countMovements(
        lines.map((l) => l.lineId),
        'reversal',
      ),
    ).toBe(4);
  });

  it('when units of a line are voided one portion at a time, then each comes back once and all of them add up to what it took', async () => {
    const c = ctx('alert');
    const schnitzels = line(kitchen.products.schnitzel, 3);
    await fire(c, [schnitzels]);
    await kitchen.setOnHand('flour', 0);
    const portion = (reversalId: string, quantity: number) => ({
      lineId: schnitzels.lineId,
      reversalId,
      quantity,
    });
    const firstVoid = portion(newId(), 1);

    await reverse(c, [firstVoid]);
    await reverse(c, [firstVoid]);
    const afterOne = [await kitchen.onHand('veal'), await kitchen.onHand('flour')];
    await reverse(c, [portion(schnitzels.lineId, 2)]);

    expect(afterOne).toEqual([8, 80]);
    expect(await kitchen.onHand('veal')).toBe(10);
    expect(await kitchen.onHand('flour')).toBe(240);
  });

  it('when lines never deducted are reversed, then nothing moves', async () => {
    const never = [line(kitchen.products.schnitzel, 1), line(kitchen.products.spaetzle, 2)];

    await reverse(ctx(), whole(...never));

    expect(await kitchen.onHand('veal')).toBe(10);
    expect(
      await countMovements(
        never.map((l) => l.lineId),
        'reversal',
      ),
    ).toBe(0);
  });

  it('when the same line is deducted twice, then it is taken once', async () => {
    const once = line(kitchen.products.schnitzel, 4);

    await fire(ctx(), [once]);
    await fire(ctx(), [once]);

    expect(await kitchen.onHand('veal')).toBe(6);
  });

  it('when two orders race for the last portion under block, then exactly one gets it', async () => {
    await kitchen.setOnHand('veal', 1);

    const results = await Promise.allSettled([
      fire(ctx('block'), [line(kitchen.products.schnitzel, 1)]),
      fire(ctx('block'), [line(kitchen.products.schnitzel, 1)]),
    ]);

    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(rejected.reason).toMatchObject({ type: 'insufficient-stock' });
    expect(await kitchen.onHand('veal')).toBe(0);
  });

  it('when many orders take the same ingredients in opposite line orders at once, then none deadlocks and every portion is counted', async () => {
    const { schnitzel, spaetzle } = kitchen.products;
    const orderLines = (i: number) =>
      i % 2 === 0
        ? [line(schnitzel, 1, 0), line(spaetzle, 1, 1)]
        : [line(spaetzle, 1, 0), line(schnitzel, 1, 1)];

    await Promise.all(Array.from({ length: 6 }, (_, i) => fire(ctx('alert'), orderLines(i))));

    expect(await kitchen.onHand('veal')).toBe(10 - 6);
    expect(await kitchen.onHand('flour')).toBe(5000 - 6 * (80 + 150.5));
  });
});
