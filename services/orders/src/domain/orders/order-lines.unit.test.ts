import type { OrderLine } from './order';
import { takeUnits } from './order-lines';

const aLine = (id: string, quantity: number): OrderLine =>
  ({ id, quantity, unitPriceMinor: 450, totalMinor: 450 * quantity }) as OrderLine;

describe('taking units off a line', () => {
  it('when all units go, then the line itself is taken', () => {
    const lines = [aLine('a', 2)];

    expect(takeUnits(lines, lines[0]!, 2, () => 'new')).toBe(lines[0]);
    expect(lines).toHaveLength(1);
  });

  it('when some go, then a line is split off beside it and the original keeps the rest and its id', () => {
    const lines = [aLine('a', 3), aLine('b', 1)];

    const taken = takeUnits(lines, lines[0]!, 1, () => 'new');

    expect(lines.map((l) => [l.id, l.quantity, l.totalMinor])).toEqual([
      ['a', 2, 900],
      ['new', 1, 450],
      ['b', 1, 450],
    ]);
    expect(taken.id).toBe('new');
  });
});
