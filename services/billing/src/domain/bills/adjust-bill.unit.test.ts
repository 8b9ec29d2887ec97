import fc from 'fast-check';
import { adjustBill } from './adjust-bill';
import { taxIncluded } from './tax';

const line = (amountMinor: number, taxRateBps: number) => ({
  lineId: `l${amountMinor}-${taxRateBps}`,
  amountMinor,
  share: { parts: 1, of: 1 },
  taxRateBps,
});
const draftOf = (lines: ReturnType<typeof line>[]) => ({
  lines,
  totalMinor: lines.reduce((s, l) => s + l.amountMinor, 0),
  taxByRate: new Map<number, number>(),
});

describe('adjusting a bill', () => {
  it('takes 10 % off and adds 10 % service on what is left, tax per rate on the new gross', () => {
    const draft = draftOf([line(3000, 1900), line(1000, 700)]);

    const totals = adjustBill(
      draft,
      { kind: 'percent', bps: 1000, reason: 'regular', approvedBy: null },
      1000,
    );

    expect(totals).toMatchObject({
      subtotalMinor: 4000,
      discountMinor: 400,
      serviceChargeMinor: 360,
    });
    expect(totals.totalMinor).toBe(3960);
    // 3000 → 2700 (−300) → 2970 (+270); 1000 → 900 → 990.
    expect(totals.taxByRate.get(1900)).toBe(taxIncluded(2970, 1900));
    expect(totals.taxByRate.get(700)).toBe(taxIncluded(990, 700));
  });

  it('never discounts more than the bill', () => {
    const totals = adjustBill(
      draftOf([line(500, 1900)]),
      { kind: 'amount', amountMinor: 900, reason: 'broken glass', approvedBy: 'u' },
      0,
    );
    expect(totals).toMatchObject({ discountMinor: 500, totalMinor: 0 });
  });

  it('keeps the split taxes when nothing is adjusted', () => {
    const draft = { ...draftOf([line(1190, 1900)]), taxByRate: new Map([[1900, 190]]) };
    expect(adjustBill(draft, null, 0).taxByRate).toEqual(new Map([[1900, 190]]));
  });

  it('for any bill, discount and service charge add up to the total, and no part is negative', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 50_000 }), fc.constantFrom(0, 700, 1900)), {
          minLength: 1,
          maxLength: 12,
        }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 0, max: 5_000 }),
        (lines, discountBps, serviceBps) => {
          const draft = draftOf(lines.map(([a, r]) => line(a, r)));
          const t = adjustBill(
            draft,
            { kind: 'percent', bps: discountBps, reason: 'x', approvedBy: null },
            serviceBps,
          );
          expect(t.totalMinor).toBe(t.subtotalMinor - t.discountMinor + t.serviceChargeMinor);
          expect(t.discountMinor).toBeGreaterThanOrEqual(0);
          expect(t.discountMinor).toBeLessThanOrEqual(t.subtotalMinor);
          expect(t.totalMinor).toBeGreaterThanOrEqual(0);
          for (const tax of t.taxByRate.values()) expect(tax).toBeGreaterThanOrEqual(0);
          const taxes = [...t.taxByRate.values()].reduce((s, x) => s + x, 0);
          expect(taxes).toBeLessThanOrEqual(t.totalMinor);
        },
      ),
    );
  });
});
