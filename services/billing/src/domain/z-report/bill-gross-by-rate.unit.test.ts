import { adjustBill } from '../bills/adjust-bill';
import { taxIncluded } from '../bills/tax';
import { billGrossByRate } from './bill-gross-by-rate';

describe('billGrossByRate', () => {
  const lines = [
    { lineId: 'a', amountMinor: 1890, share: { parts: 1, of: 1 }, taxRateBps: 1900 },
    { lineId: 'b', amountMinor: 1333, share: { parts: 1, of: 1 }, taxRateBps: 700 },
    { lineId: 'c', amountMinor: 2901, share: { parts: 1, of: 1 }, taxRateBps: 1900 },
  ];
  const subtotal = 1890 + 1333 + 2901;

  it.each([
    ['no adjustment', null, 0],
    [
      'a percent discount',
      { kind: 'percent' as const, bps: 1500, reason: 'r', approvedBy: null },
      0,
    ],
    [
      'an amount discount and a service charge',
      { kind: 'amount' as const, amountMinor: 777, reason: 'r', approvedBy: null },
      1000,
    ],
    ['only a service charge', null, 1250],
  ])(
    'with %s, then the rates add up to the total and hold the VAT adjustBill states',
    (_, discount, bps) => {
      const adjusted = adjustBill(
        { lines, totalMinor: subtotal, taxByRate: new Map() },
        discount,
        bps,
      );
      const bill = {
        year: 2024,
        number: 1,
        status: 'paid' as const,
        currency: 'EUR',
        ...adjusted,
        taxByRate: [...adjusted.taxByRate],
        lines: lines.map((l) => ({
          amountMinor: l.amountMinor,
          taxRateBps: l.taxRateBps,
          source: null,
        })),
      };

      const byRate = billGrossByRate(bill);

      expect([...byRate.values()].reduce((s, g) => s + g, 0)).toBe(adjusted.totalMinor);
      if (adjusted.taxByRate.size > 0) {
        for (const [rate, tax] of adjusted.taxByRate)
          expect(taxIncluded(byRate.get(rate)!, rate)).toBe(tax);
      }
    },
  );
});
