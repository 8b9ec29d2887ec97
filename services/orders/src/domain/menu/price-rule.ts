import { secondsOf, type LocalTime } from './local-time';
import type { CatalogProduct, PriceRule } from './ports';

const previousDay = (weekday: number) => (weekday === 1 ? 7 : weekday - 1);

/**
 * Whether the rule's window is open at this local time. A window that ends before it starts
 * crosses midnight and belongs to the day it started: Friday 22:00–02:00 is also open early
 * on Saturday, not early on Friday.
 */
export function ruleInForce(rule: PriceRule, now: LocalTime): boolean {
  const starts = secondsOf(rule.startsAt);
  const ends = secondsOf(rule.endsAt);
  const on = (weekday: number) => rule.daysOfWeek.includes(weekday);
  const t = now.secondsOfDay;
  if (starts < ends) return on(now.weekday) && t >= starts && t < ends;
  return (on(now.weekday) && t >= starts) || (on(previousDay(now.weekday)) && t < ends);
}

export function ruleCovers(rule: PriceRule, product: CatalogProduct): boolean {
  return (
    (rule.productIds?.includes(product.id) ?? false) ||
    (product.categoryId !== null && (rule.categoryIds?.includes(product.categoryId) ?? false))
  );
}

/** The unit price under the rule; a percentage off rounds to the nearest cent (half in the guest's favour). */
export function priceUnder(rule: PriceRule, baseMinor: number): number {
  return rule.effect.kind === 'fixed-price'
    ? rule.effect.priceMinor
    : baseMinor - Math.round((baseMinor * rule.effect.bps) / 10_000);
}

/**
 * The lowest price any rule in force gives the product, with that rule; the base price (and
 * no rule) when none is in force or none is lower.
 */
export function bestPrice(
  product: CatalogProduct,
  rules: readonly PriceRule[],
  now: LocalTime,
): { priceMinor: number; rule: PriceRule | null } {
  let best: { priceMinor: number; rule: PriceRule | null } = {
    priceMinor: product.priceMinor,
    rule: null,
  };
  for (const rule of rules) {
    if (!ruleCovers(rule, product) || !ruleInForce(rule, now)) continue;
    const price = priceUnder(rule, product.priceMinor);
    if (price < best.priceMinor) best = { priceMinor: price, rule };
  }
  return best;
}
