import { planReversals } from './reversal';
import type { StockMovement } from './stock';

const fire = (ingredientId: string, delta: number, units: number): StockMovement => ({
  id: `fire-${ingredientId}`,
  tenantId: 't',
  locationId: 'l',
  ingredientId,
  delta,
  kind: 'fire',
  orderId: 'o',
  lineId: 'beers',
  units,
  reversalId: null,
  reason: null,
  actor: null,
  at: new Date(0),
});
const portion = (reversalId: string, quantity: number) => ({
  lineId: 'beers',
  reversalId,
  quantity,
});
const asEarlier = (planned: ReturnType<typeof planReversals>): StockMovement[] =>
  planned.map((p) => ({
    ...p.fire,
    kind: 'reversal',
    delta: p.amount,
    units: p.units,
    reversalId: p.reversalId,
  }));

describe('reversal of voided units', () => {
  const fires = [fire('beer', -1_000, 3), fire('lemon', -50, 3)];

  it('when all units go at once, then exactly what the fires took comes back', () => {
    const planned = planReversals(fires, [], [portion('beers', 3)]);

    expect(planned.map((p) => [p.fire.ingredientId, p.amount, p.units])).toEqual([
      ['beer', 1_000, 3],
      ['lemon', 50, 3],
    ]);
  });

  it('when units go one by one, then the roundings add up to exactly what was taken', () => {
    const first = planReversals(fires, [], [portion('v1', 1)]);
    const second = planReversals(fires, asEarlier(first), [portion('v2', 1)]);
    const third = planReversals(fires, asEarlier([...first, ...second]), [portion('beers', 1)]);

    const amounts = [first, second, third].map((p) => p.map((r) => r.amount));
    expect(amounts).toEqual([
      [333, 17],
      [334, 16],
      [333, 17],
    ]);
    expect(amounts.reduce((sum, [beer]) => sum + beer!, 0)).toBe(1_000);
  });

  it('when a portion was reversed already, then it puts back nothing again', () => {
    const first = planReversals(fires, [], [portion('v1', 2)]);

    const again = planReversals(fires, asEarlier(first), [portion('v1', 2)]);

    expect(again).toEqual([]);
  });

  it('when portions ask for more units than are left, then only what is left comes back', () => {
    const first = planReversals(fires, [], [portion('v1', 2)]);

    const rest = planReversals(fires, asEarlier(first), [portion('beers', 3), portion('v9', 1)]);

    expect(rest.map((r) => [r.reversalId, r.units, r.amount])).toEqual([
      ['beers', 1, 333],
      ['beers', 1, 17],
    ]);
  });

  it('when the line never fired, then nothing comes back', () => {
    expect(planReversals(fires, [], [{ ...portion('x', 1), lineId: 'other' }])).toEqual([]);
  });
});
