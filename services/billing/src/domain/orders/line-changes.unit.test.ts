import type { BillableLine, BillableOrder } from './billable-order';
import { chargedTotal } from './billable-order';
import { OrderViewBehindError } from './billable-order.errors';
import { addLines, compUnits, moveLines, voidUnits } from './line-changes';

const eur = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });

const aLine = (lineId: string, quantity: number, unitMinor: number): BillableLine => ({
  lineId,
  productId: '01934f6e-0007-7a00-8b00-000000000007',
  name: lineId,
  quantity,
  unitPrice: eur(unitMinor),
  taxRateBps: 1900,
  total: eur(unitMinor * quantity),
  notes: null,
  modifiers: [],
  seat: null,
  course: null,
  source: 'pos',
  round: 1,
  comped: false,
  status: 'active',
});

const anOrder = (orderId: string, lines: BillableLine[]) =>
  ({ orderId, lines: lines.map((l) => ({ ...l })) }) as BillableOrder;

const shape = (order: BillableOrder) =>
  order.lines.map((l) => [l.lineId, l.quantity, l.total.amountMinor, l.status, l.comped]);

describe('taking units off a line', () => {
  it('when some units are voided, then a cancelled line is split off right after it, to the cent', () => {
    const order = anOrder('o', [aLine('a', 3, 333), aLine('b', 1, 390)]);

    voidUnits(order, { lineId: 'a', takenId: 'v', quantity: 2 }, true);

    expect(shape(order)).toEqual([
      ['a', 1, 333, 'active', false],
      ['v', 2, 666, 'cancelled', false],
      ['b', 1, 390, 'active', false],
    ]);
    expect(chargedTotal(order.lines)).toBe(723);
  });

  it('when a whole line is voided, then that line itself is cancelled', () => {
    const order = anOrder('o', [aLine('a', 2, 450)]);

    voidUnits(order, { lineId: 'a', takenId: 'a', quantity: 2 }, true);

    expect(shape(order)).toEqual([['a', 2, 900, 'cancelled', false]]);
    expect(chargedTotal(order.lines)).toBe(0);
  });

  it('when some units are comped, then the split-off line is comped and charged nothing', () => {
    const order = anOrder('o', [aLine('a', 3, 1290)]);

    compUnits(order, { lineId: 'a', takenId: 'c', quantity: 1 }, true);

    expect(shape(order)).toEqual([
      ['a', 2, 2580, 'active', false],
      ['c', 1, 1290, 'active', true],
    ]);
    expect(chargedTotal(order.lines)).toBe(2580);
  });

  it.each([
    ['the line is unknown', { lineId: 'x', takenId: 'v', quantity: 1 }, true],
    ['a split takes every unit', { lineId: 'a', takenId: 'v', quantity: 2 }, true],
    ['the split-off id is taken', { lineId: 'a', takenId: 'b', quantity: 1 }, true],
    ['a whole line had other units (newest)', { lineId: 'a', takenId: 'a', quantity: 1 }, true],
  ])('when %s, then the view is behind and nothing changes', (_case, taken, newest) => {
    const order = anOrder('o', [aLine('a', 2, 450), aLine('b', 1, 390)]);
    const before = shape(order);

    expect(() => voidUnits(order, taken, newest)).toThrow(OrderViewBehindError);
    expect(shape(order)).toEqual(before);
  });

  it('when a late older event takes a whole line, then its units are not checked', () => {
    const order = anOrder('o', [aLine('a', 2, 450)]);

    compUnits(order, { lineId: 'a', takenId: 'a', quantity: 3 }, false);

    expect(shape(order)).toEqual([['a', 2, 900, 'active', true]]);
  });
});

describe('adding and moving lines', () => {
  it('when a round is added, then its lines are appended once, charged', () => {
    const order = anOrder('o', [aLine('a', 1, 100)]);

    addLines(order, [aLine('b', 2, 250)]);
    addLines(order, [aLine('b', 2, 250)]);

    expect(shape(order)).toEqual([
      ['a', 1, 100, 'active', false],
      ['b', 2, 500, 'active', false],
    ]);
  });

  it('when lines move, then they leave the source for the end of the target with their state', () => {
    const from = anOrder('from', [aLine('a', 1, 100), { ...aLine('b', 1, 200), comped: true }]);
    const to = anOrder('to', [aLine('c', 1, 300)]);

    moveLines(from, to, ['b']);

    expect(shape(from)).toEqual([['a', 1, 100, 'active', false]]);
    expect(shape(to)).toEqual([
      ['c', 1, 300, 'active', false],
      ['b', 1, 200, 'active', true],
    ]);
  });

  it('when a moving line is not on the source (yet), then the view is behind and nothing moves', () => {
    const from = anOrder('from', [aLine('a', 1, 100)]);
    const to = anOrder('to', []);

    expect(() => moveLines(from, to, ['a', 'x'])).toThrow(OrderViewBehindError);
    expect([shape(from).length, shape(to).length]).toEqual([1, 0]);
  });
});
