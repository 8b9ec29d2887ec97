/**
 * Splits `amount` minor units in proportion to `weights`, to the cent: each part gets the
 * floor of its exact share, and the cents left over go one each to the largest fractional
 * remainders (ties to the earlier part). The parts always add up to `amount`.
 * Integer arithmetic only: amounts and weights stay far below 2^53 / 2^20.
 */
export function largestRemainder(amount: number, weights: readonly number[]): number[] {
  if (!Number.isSafeInteger(amount)) throw new Error(`not an amount in minor units: ${amount}`);
  if (weights.some((w) => !Number.isSafeInteger(w) || w < 0)) {
    throw new Error(`weights must be non-negative integers: ${weights.join(', ')}`);
  }
  const total = weights.reduce((sum, w) => sum + w, 0);
  if (total === 0) throw new Error('at least one weight must be above zero');
  const sign = amount < 0 ? -1 : 1;
  const magnitude = Math.abs(amount);
  const parts = weights.map((w) => Math.floor((magnitude * w) / total));
  const remainders = weights.map((w, i) => ({ i, rest: (magnitude * w) % total }));
  let left = magnitude - parts.reduce((sum, p) => sum + p, 0);
  for (const { i } of remainders.sort((a, b) => b.rest - a.rest || a.i - b.i)) {
    if (left === 0) break;
    parts[i]! += 1;
    left -= 1;
  }
  return parts.map((p) => p * sign || 0);
}
