import { crossesThreshold, deltasOf, needsOf, shortagesOf } from './deduction';
import type { LockedLevel, RecipePortion, StockMovement } from './stock';

const BEEF = '0193a000-0000-7000-8000-00000000000b';
const BUN = '0193a000-0000-7000-8000-00000000000a';
const recipes = new Map<string, RecipePortion[]>([
  [
    'burger',
    [
      { ingredientId: BEEF, quantity: 180_000 },
      { ingredientId: BUN, quantity: 1_000 },
    ],
  ],
  ['sliders', [{ ingredientId: BEEF, quantity: 60_500 }]],
]);
const line = (lineId: string, productId: string, quantity: number, index: number) => ({
  lineId,
  productId,
  quantity,
  field: `lines.${index}`,
});
const level = (ingredientId: string, onHand: number): LockedLevel => ({
  ingredientId,
  name: ingredientId === BEEF ? 'Rinderhack' : 'Brioche-Bun',
  unit: ingredientId === BEEF ? 'g' : 'pc',
  onHand,
  lowThreshold: null,
});

describe('recipe deduction', () => {
  it('when lines share an ingredient, then the need is recipe × quantity summed, in ingredient order', () => {
    const needs = needsOf(
      [line('l1', 'burger', 2, 0), line('l2', 'sliders', 3, 1), line('l3', 'water', 1, 2)],
      recipes,
    );

    expect(needs).toEqual([
      {
        ingredientId: BUN,
        amount: 2_000,
        lines: [{ lineId: 'l1', field: 'lines.0', units: 2, amount: 2_000 }],
      },
      {
        ingredientId: BEEF,
        amount: 360_000 + 181_500,
        lines: [
          { lineId: 'l1', field: 'lines.0', units: 2, amount: 360_000 },
          { lineId: 'l2', field: 'lines.1', units: 3, amount: 181_500 },
        ],
      },
    ]);
  });

  it('when a tracked level is short, then it is named with every line taking it; untracked ones never are', () => {
    const needs = needsOf([line('l1', 'burger', 2, 0)], recipes);

    const shortages = shortagesOf(needs, new Map([[BEEF, level(BEEF, 359_999)]]));

    expect(shortages).toHaveLength(1);
    expect(shortages[0]!.level.ingredientId).toBe(BEEF);
    expect(shortages[0]!.need.lines.map((l) => l.field)).toEqual(['lines.0']);
  });

  it('when the need takes the level exactly to zero, then it is not short', () => {
    const needs = needsOf([line('l1', 'burger', 2, 0)], recipes);

    expect(shortagesOf(needs, new Map([[BEEF, level(BEEF, 360_000)]]))).toEqual([]);
  });

  it.each([
    [5_000, 4_000, 4_000, true],
    [5_000, 3_000, 4_000, true],
    [4_000, 3_000, 4_000, false],
    [3_000, 2_000, 4_000, false],
    [3_000, 5_000, 4_000, false],
    [5_000, -1_000, null, false],
  ])(
    'when the level goes from %i to %i with threshold %p, then it crosses: %p',
    (before, after, threshold, crosses) => {
      expect(crossesThreshold(before, after, threshold)).toBe(crosses);
    },
  );

  it('when movements are summed, then each ingredient moves once by their total', () => {
    const m = (ingredientId: string, delta: number) => ({ ingredientId, delta }) as StockMovement;

    expect(deltasOf([m(BEEF, -100), m(BUN, -1_000), m(BEEF, -250)])).toEqual([
      { ingredientId: BEEF, delta: -350 },
      { ingredientId: BUN, delta: -1_000 },
    ]);
  });
});
