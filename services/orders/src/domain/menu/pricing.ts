import { localTime } from './local-time';
import { OrderLinesRejectedError, type LineProblem } from './menu.errors';
import type {
  CatalogProduct,
  OrderCatalog,
  PricedLine,
  PricedModifier,
  PricingContext,
  RequestedLine,
} from './ports';
import { bestPrice } from './price-rule';

/** Why the product cannot be sold now on this channel, or undefined when it can. */
export function whyUnavailable(
  product: CatalogProduct,
  ctx: Pick<PricingContext, 'channel' | 'at'>,
): string | undefined {
  if (!product.active) return 'not on sale';
  if (!product.availableHere) return 'not sold at this location';
  if (product.channels && !product.channels.includes(ctx.channel)) {
    return `not sold on the ${ctx.channel} channel`;
  }
  if (product.snoozedUntil && product.snoozedUntil > ctx.at) {
    return `sold out until ${product.snoozedUntil.toISOString()}`;
  }
  return undefined;
}

/** The chosen options, priced, or what is wrong with the choice (each group's min and max). */
function chooseModifiers(
  product: CatalogProduct,
  chosen: readonly { optionId: string }[],
): { modifiers: PricedModifier[]; problems: string[] } {
  const offered = new Map(
    product.modifierGroups.flatMap((group) => group.options.map((o) => [o.id, { group, o }])),
  );
  const modifiers: PricedModifier[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  const perGroup = new Map<string, number>();
  for (const { optionId } of chosen) {
    const found = offered.get(optionId);
    if (!found) {
      problems.push(`option ${optionId} is not offered for this product`);
    } else if (seen.has(optionId)) {
      problems.push(`${found.o.name} is chosen twice`);
    } else if (!found.o.available) {
      seen.add(optionId);
      problems.push(`${found.o.name} is not available now`);
    } else {
      seen.add(optionId);
      perGroup.set(found.group.id, (perGroup.get(found.group.id) ?? 0) + 1);
      modifiers.push({
        groupId: found.group.id,
        optionId,
        name: found.o.name,
        priceDeltaMinor: found.o.priceDeltaMinor,
      });
    }
  }
  for (const group of product.modifierGroups) {
    const count = perGroup.get(group.id) ?? 0;
    if (count < group.minSelect)
      problems.push(`choose at least ${group.minSelect} of ${group.name}`);
    if (count > group.maxSelect)
      problems.push(`choose at most ${group.maxSelect} of ${group.name}`);
  }
  return { modifiers, problems };
}

/**
 * Prices requested lines with the server's own prices (a client's price is only a hint): the
 * location's price, the cheapest price rule in force at the location's local time, then the
 * modifiers' adjustments (never below 0 per unit); the tax rate by order type. Every problem
 * of every line is reported at once.
 */
export function priceLines(
  requested: readonly RequestedLine[],
  catalog: OrderCatalog,
  ctx: PricingContext & { timezone: string },
): PricedLine[] {
  const prefix = ctx.fieldPrefix ?? 'lines';
  const now = localTime(ctx.at, ctx.timezone);
  const problems: LineProblem[] = [];
  const lines: PricedLine[] = [];
  requested.forEach((line, i) => {
    const field = `${prefix}.${i}.productId`;
    const product = catalog.products.get(line.productId);
    if (!product) {
      problems.push({ kind: 'product-not-found', field, message: 'not on the menu' });
      return;
    }
    const unavailable = whyUnavailable(product, ctx);
    if (unavailable) {
      problems.push({ kind: 'product-unavailable', field, message: unavailable });
      return;
    }
    const chosen = chooseModifiers(product, line.modifiers ?? []);
    for (const message of chosen.problems) {
      problems.push({ kind: 'modifier-invalid', field: `${prefix}.${i}.modifiers`, message });
    }
    const price = bestPrice(product, catalog.priceRules, now);
    const deltas = chosen.modifiers.reduce((sum, m) => sum + m.priceDeltaMinor, 0);
    const unitPriceMinor = Math.max(0, price.priceMinor + deltas);
    lines.push({
      productId: product.id,
      categoryId: product.categoryId,
      name: product.name,
      quantity: line.quantity,
      baseUnitPriceMinor: product.priceMinor,
      unitPriceMinor,
      priceRule: price.rule?.name ?? null,
      modifiers: chosen.modifiers,
      taxRateBps:
        ctx.orderType === 'dine_in' ? product.taxRateEatInBps : product.taxRateTakeAwayBps,
      totalMinor: unitPriceMinor * line.quantity,
      notes: line.notes ?? null,
      allergens: [...product.allergens],
    });
  });
  if (problems.length) throw new OrderLinesRejectedError(problems);
  return lines;
}
