import { largestRemainder } from './largest-remainder';
import type { DraftBill } from './split-order';
import { taxIncluded } from './tax';

export type Discount =
  | { kind: 'percent'; bps: number; reason: string; approvedBy: string | null }
  | { kind: 'amount'; amountMinor: number; reason: string; approvedBy: string | null };

export interface AdjustedTotals {
  subtotalMinor: number;
  discountMinor: number;
  serviceChargeMinor: number;
  totalMinor: number;
  taxByRate: Map<number, number>;
}

/**
 * A bill's total after a discount and a service charge. Both are shared across the bill's
 * tax rates in proportion to its gross at each rate (largest remainder, to the cent), and
 * the VAT is then what each rate's new gross contains. Without either, the split's own
 * taxes stay, so an unadjusted order's bills still add up to the order's tax exactly.
 */
export function adjustBill(
  draft: Pick<DraftBill, 'lines' | 'totalMinor' | 'taxByRate'>,
  discount: Discount | null,
  serviceChargeBps: number,
): AdjustedTotals {
  const subtotalMinor = draft.totalMinor;
  const discountMinor = !discount
    ? 0
    : discount.kind === 'percent'
      ? Math.round((subtotalMinor * discount.bps) / 10_000)
      : Math.min(discount.amountMinor, subtotalMinor);
  const discounted = subtotalMinor - discountMinor;
  const serviceChargeMinor = Math.round((discounted * serviceChargeBps) / 10_000);
  if (discountMinor === 0 && serviceChargeMinor === 0) {
    return { ...noChange(subtotalMinor), taxByRate: new Map(draft.taxByRate) };
  }
  const rates = [...new Set(draft.lines.map((l) => l.taxRateBps))].sort((a, b) => a - b);
  const gross = rates.map((rate) =>
    draft.lines.filter((l) => l.taxRateBps === rate).reduce((sum, l) => sum + l.amountMinor, 0),
  );
  const taxByRate = new Map<number, number>();
  if (subtotalMinor > 0) {
    const less = largestRemainder(discountMinor, gross);
    const net = gross.map((g, i) => g - less[i]!);
    const more = discounted > 0 ? largestRemainder(serviceChargeMinor, net) : net.map(() => 0);
    rates.forEach((rate, i) => taxByRate.set(rate, taxIncluded(net[i]! + more[i]!, rate)));
  }
  return {
    subtotalMinor,
    discountMinor,
    serviceChargeMinor,
    totalMinor: discounted + serviceChargeMinor,
    taxByRate,
  };
}

const noChange = (subtotalMinor: number) => ({
  subtotalMinor,
  discountMinor: 0,
  serviceChargeMinor: 0,
  totalMinor: subtotalMinor,
});
