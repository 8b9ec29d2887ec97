import { largestRemainder } from '../bills/largest-remainder';
import type { DayBill } from './z-figures';

/**
 * What a bill's total holds at each tax rate: its lines' gross, less the discount and plus
 * the service charge shared the way adjustBill shares them (largest remainder over the
 * gross at each rate), so the parts add up to the bill's total to the cent.
 */
export function billGrossByRate(bill: DayBill): Map<number, number> {
  const rates = [...new Set(bill.lines.map((l) => l.taxRateBps))].sort((a, b) => a - b);
  const gross = rates.map((rate) =>
    bill.lines.filter((l) => l.taxRateBps === rate).reduce((sum, l) => sum + l.amountMinor, 0),
  );
  const byRate = new Map<number, number>();
  if (gross.reduce((sum, g) => sum + g, 0) === 0) return byRate;
  const less = largestRemainder(bill.discountMinor, gross);
  const net = gross.map((g, i) => g - less[i]!);
  const discounted = bill.subtotalMinor - bill.discountMinor;
  const more =
    discounted > 0 && bill.serviceChargeMinor > 0
      ? largestRemainder(bill.serviceChargeMinor, net)
      : net.map(() => 0);
  rates.forEach((rate, i) => byRate.set(rate, net[i]! + more[i]!));
  return byRate;
}
