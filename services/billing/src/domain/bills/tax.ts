import { largestRemainder } from './largest-remainder';

/** The VAT contained in a gross amount (German prices include it), rounded half up. */
export function taxIncluded(grossMinor: number, rateBps: number): number {
  return Math.round((grossMinor * rateBps) / (10_000 + rateBps));
}

/**
 * Splits the tax of one rate across bills: the order's tax at that rate (from its whole
 * gross) is shared in proportion to each bill's gross at that rate, by largest remainder,
 * so the bills' taxes add up to exactly what the order owes.
 */
export function splitTax(grossPerBill: readonly number[], rateBps: number): number[] {
  const gross = grossPerBill.reduce((sum, g) => sum + g, 0);
  if (gross === 0) return grossPerBill.map(() => 0);
  return largestRemainder(taxIncluded(gross, rateBps), grossPerBill);
}
