import { expectedCash, sumOf } from './register';

describe('expectedCash', () => {
  const none = { cash_in: 0, cash_out: 0, safe_drop: 0, tips_out: 0 };

  it.each([
    ['only the float', { opening: 10_000, sales: 0, refunds: 0, movements: none }, 10_000],
    ['float and sales', { opening: 10_000, sales: 4_250, refunds: 0, movements: none }, 14_250],
    [
      'every kind of flow',
      {
        opening: 15_000,
        sales: 8_000,
        refunds: 1_200,
        movements: { cash_in: 2_000, cash_out: 500, safe_drop: 10_000, tips_out: 700 },
      },
      15_000 + 8_000 - 1_200 + 2_000 - 500 - 10_000 - 700,
    ],
  ])('%s', (_, f, expected) => {
    const flows = {
      openingFloatMinor: f.opening,
      cashSalesMinor: f.sales,
      cashRefundsMinor: f.refunds,
      movements: f.movements,
    };

    expect(expectedCash(flows)).toBe(expected);
  });
});

describe('sumOf', () => {
  it('adds value × count of every denomination', () => {
    expect(
      sumOf([
        { valueMinor: 2000, count: 3 },
        { valueMinor: 50, count: 7 },
        { valueMinor: 1, count: 0 },
      ]),
    ).toBe(6350);
  });
});
