import fc from 'fast-check';
import { largestRemainder } from './largest-remainder';
import { splitOrder } from './split-order';
import type { SplitLine, SplitPlan } from './split-plan';
import { taxIncluded } from './tax';

const line = (lineId: string, chargedMinor: number, over: Partial<SplitLine> = {}): SplitLine => ({
  lineId,
  chargedMinor,
  taxRateBps: 1900,
  seat: null,
  course: null,
  ...over,
});

describe('largest remainder', () => {
  it('when 10.00 is split in three, then the first part takes the extra cent', () => {
    expect(largestRemainder(1000, [1, 1, 1])).toEqual([334, 333, 333]);
  });

  it('when the remainders differ, then the largest ones get the cents', () => {
    expect(largestRemainder(100, [1, 2, 4])).toEqual([14, 29, 57]);
  });

  it('when every weight is zero, then it refuses', () => {
    expect(() => largestRemainder(100, [0, 0])).toThrow();
  });
});

describe('splitting an order into bills', () => {
  const dinner = [
    line('schnitzel', 1890, { seat: 1, course: 2 }),
    line('spaetzle', 1350, { seat: 2, course: 2 }),
    line('wine', 2900, { taxRateBps: 1900, course: null }),
    line('pretzel', 250, { taxRateBps: 700, seat: 1, course: 1 }),
  ];

  it('when split by seat, then shared lines are split between the seats to the cent', () => {
    const bills = splitOrder(dinner, { kind: 'seats' });

    expect(bills.map((b) => [b.label, b.totalMinor])).toEqual([
      ['seat 1', 1890 + 250 + 1450],
      ['seat 2', 1350 + 1450],
    ]);
  });

  it('when one bottle is shared by two bills, then each pays half and the rest goes to the first', () => {
    const plan: SplitPlan = {
      kind: 'quantities',
      bills: 2,
      lines: [
        { lineId: 'wine', parts: [1, 1] },
        { lineId: 'spaetzle', parts: [0, 1] },
      ],
      rest: 0,
    };

    const [first, second] = splitOrder(dinner, plan);

    expect(first!.totalMinor).toBe(1890 + 250 + 1450);
    expect(second!.totalMinor).toBe(1350 + 1450);
    expect(second!.lines.find((l) => l.lineId === 'wine')!.share).toEqual({ parts: 1, of: 2 });
  });

  it('when split by course, then lines without a course get their own bill', () => {
    expect(splitOrder(dinner, { kind: 'courses' }).map((b) => b.label)).toEqual([
      'course 1',
      'course 2',
      'no course',
    ]);
  });

  it('when the tax of a rate is shared, then it adds up to what the whole order owes', () => {
    const bills = splitOrder([line('a', 1001), line('b', 1001), line('c', 1001)], {
      kind: 'equal',
      count: 3,
    });

    const taxes = bills.map((b) => b.taxByRate.get(1900)!);
    expect(taxes.reduce((s, t) => s + t, 0)).toBe(taxIncluded(3003, 1900));
  });

  it.each([
    [{ kind: 'percent', bps: [5000, 4000] }, 'bps'],
    [{ kind: 'items', bills: [['schnitzel', 'spaetzle'], ['wine']] }, 'bills'],
    [
      { kind: 'items', bills: [['schnitzel'], ['schnitzel', 'spaetzle', 'wine', 'pretzel']] },
      'bills.1.0',
    ],
    [
      { kind: 'quantities', bills: 2, lines: [{ lineId: 'nope', parts: [1, 1] }], rest: 0 },
      'lines.0.lineId',
    ],
    [
      { kind: 'quantities', bills: 2, lines: [{ lineId: 'wine', parts: [1] }], rest: 0 },
      'lines.0.parts',
    ],
  ] as [SplitPlan, string][])('when a plan does not fit (%j), then 422 names %s', (plan, field) => {
    expect(() => splitOrder(dinner, plan)).toThrow(
      expect.objectContaining({
        type: 'split-invalid',
        fields: [expect.objectContaining({ field })],
      }),
    );
  });
});

describe('splitting, for any order and any split', () => {
  const lines = fc
    .array(
      fc.record({
        chargedMinor: fc.integer({ min: 0, max: 200_000 }),
        taxRateBps: fc.constantFrom(0, 700, 1900),
        seat: fc.option(fc.integer({ min: 1, max: 6 }), { nil: null }),
        course: fc.option(fc.integer({ min: 1, max: 4 }), { nil: null }),
      }),
      { minLength: 1, maxLength: 40 },
    )
    .map((ls) => ls.map((l, i) => ({ ...l, lineId: `line-${i}` })));

  const planFor = (ls: SplitLine[]): fc.Arbitrary<SplitPlan> =>
    fc.oneof(
      fc.constant<SplitPlan>({ kind: 'whole' }),
      fc.integer({ min: 1, max: 12 }).map((count): SplitPlan => ({ kind: 'equal', count })),
      fc
        .array(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 8 })
        .map((raw): SplitPlan => ({ kind: 'percent', bps: largestRemainder(10_000, raw) }))
        .filter((p) => p.kind === 'percent' && p.bps.every((b) => b > 0)),
      fc
        .array(fc.integer({ min: 0, max: 3 }), { minLength: ls.length, maxLength: ls.length })
        .map((billOf): SplitPlan => ({
          kind: 'items',
          bills: [0, 1, 2, 3]
            .map((b) => ls.filter((_, i) => billOf[i] === b).map((l) => l.lineId))
            .filter((ids) => ids.length > 0),
        })),
      fc
        .array(fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 3, maxLength: 3 }), {
          minLength: ls.length,
          maxLength: ls.length,
        })
        .map((parts): SplitPlan => ({
          kind: 'quantities',
          bills: 3,
          rest: 2,
          lines: ls
            .map((l, i) => ({ lineId: l.lineId, parts: parts[i]! }))
            .filter((e) => e.parts.some((p) => p > 0)),
        })),
      ...(ls.some((l) => l.seat !== null) ? [fc.constant<SplitPlan>({ kind: 'seats' })] : []),
      ...(ls.some((l) => l.course !== null) ? [fc.constant<SplitPlan>({ kind: 'courses' })] : []),
    );

  const orderAndPlan = lines.chain((ls) => planFor(ls).map((plan) => ({ ls, plan })));

  it('when bills are made, then they add up to the order total, line by line, none negative', () => {
    fc.assert(
      fc.property(orderAndPlan, ({ ls, plan }) => {
        const bills = splitOrder(ls, plan);
        const total = ls.reduce((s, l) => s + l.chargedMinor, 0);
        expect(bills.reduce((s, b) => s + b.totalMinor, 0)).toBe(total);
        for (const l of ls) {
          const parts = bills.flatMap((b) => b.lines.filter((x) => x.lineId === l.lineId));
          expect(parts.reduce((s, p) => s + p.amountMinor, 0)).toBe(l.chargedMinor);
        }
        expect(bills.every((b) => b.lines.every((l) => l.amountMinor >= 0))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('when bills are made, then the tax of every rate adds up to the order’s, each bill within a cent of its share', () => {
    fc.assert(
      fc.property(orderAndPlan, ({ ls, plan }) => {
        const bills = splitOrder(ls, plan);
        for (const rate of new Set(ls.map((l) => l.taxRateBps))) {
          const gross = ls
            .filter((l) => l.taxRateBps === rate)
            .reduce((s, l) => s + l.chargedMinor, 0);
          const owed = taxIncluded(gross, rate);
          const taxes = bills.map((b) => b.taxByRate.get(rate) ?? 0);
          expect(taxes.reduce((s, t) => s + t, 0)).toBe(owed);
          bills.forEach((b, i) => {
            const billGross = b.lines
              .filter((l) => l.taxRateBps === rate)
              .reduce((s, l) => s + l.amountMinor, 0);
            const exact = gross === 0 ? 0 : (owed * billGross) / gross;
            expect(Math.abs(taxes[i]! - exact)).toBeLessThan(1);
          });
        }
      }),
      { numRuns: 500 },
    );
  });
});
