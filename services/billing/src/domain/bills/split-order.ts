import { largestRemainder } from './largest-remainder';
import { weightsOf, type SplitLine, type SplitPlan } from './split-plan';
import { splitTax } from './tax';

export interface DraftBillLine {
  lineId: string;
  /** This bill's part of the line, to the cent. */
  amountMinor: number;
  /** Its weight over the line's total weight: the share of the line on this bill. */
  share: { parts: number; of: number };
  taxRateBps: number;
}

export interface DraftBill {
  label: string;
  lines: DraftBillLine[];
  totalMinor: number;
  /** VAT contained in the total, per rate (basis points → minor units). */
  taxByRate: Map<number, number>;
}

/**
 * An order's charged lines shared into bills by `plan`. Each line's amount is split by
 * largest remainder, so every line, every rate and the whole order add up to the cent; a
 * bill left with nothing is dropped.
 */
export function splitOrder(lines: readonly SplitLine[], plan: SplitPlan): DraftBill[] {
  const { labels, weights } = weightsOf(lines, plan);
  const bills: DraftBill[] = labels.map((label) => ({
    label,
    lines: [],
    totalMinor: 0,
    taxByRate: new Map(),
  }));
  for (const line of lines) {
    const w = weights.get(line.lineId)!;
    const of = w.reduce((s, x) => s + x, 0);
    largestRemainder(line.chargedMinor, w).forEach((amountMinor, b) => {
      if (w[b] === 0) return;
      bills[b]!.lines.push({
        lineId: line.lineId,
        amountMinor,
        share: { parts: w[b]!, of },
        taxRateBps: line.taxRateBps,
      });
      bills[b]!.totalMinor += amountMinor;
    });
  }
  const kept = bills.filter((b) => b.lines.length > 0);
  for (const rate of new Set(lines.map((l) => l.taxRateBps))) {
    const gross = kept.map((b) =>
      b.lines.filter((l) => l.taxRateBps === rate).reduce((s, l) => s + l.amountMinor, 0),
    );
    splitTax(gross, rate).forEach((tax, b) => {
      if (gross[b]! > 0) kept[b]!.taxByRate.set(rate, tax);
    });
  }
  return kept;
}
