import type { OrderData, SkuMapping } from '../marketplace';
import type { InternalLine } from '../ports';

/**
 * A marketplace order's items as lines of ours: each item's SKU must name a product of the
 * location, each chosen modifier's SKU one of its modifier options. Every SKU that does not
 * is listed, so the whole mapping can be fixed at once.
 */
export function mapItems(
  items: OrderData['items'],
  mappings: readonly SkuMapping[],
): { lines: InternalLine[]; missing: string[] } {
  const bySku = new Map(mappings.map((m) => [m.sku, m]));
  const missing = new Set<string>();
  const lines: InternalLine[] = [];
  for (const item of items) {
    const product = bySku.get(item.sku)?.productId;
    if (!product) missing.add(item.sku || `(no SKU: ${item.name})`);
    const modifiers: InternalLine['modifiers'] = [];
    for (const m of item.modifiers) {
      const option = bySku.get(m.sku)?.modifierOptionId;
      if (option) modifiers.push({ optionId: option });
      else missing.add(m.sku || `(no SKU: ${m.name})`);
    }
    if (product) {
      lines.push({
        productId: product,
        quantity: item.quantity,
        ...(item.note ? { notes: item.note.slice(0, 200) } : {}),
        modifiers,
      });
    }
  }
  return { lines, missing: [...missing] };
}
