import type { OrderLine } from '../orders/order';
import { ProductNotFoundError, ProductUnavailableError } from '../orders/order.errors';

export interface Product {
  id: string;
  name: string;
  priceMinor: number;
  currency: string;
  taxRateBps: number;
  available: boolean;
}

export interface RequestedLine {
  productId: string;
  quantity: number;
  notes?: string;
}

/**
 * Prices requested lines with the server's own prices (a client's price is only a hint).
 * Every unknown or unavailable product is reported at once, by line.
 */
export function priceLines(
  requested: readonly RequestedLine[],
  products: ReadonlyMap<string, Product>,
  newLineId: () => string,
): Omit<OrderLine, 'status'>[] {
  const missing = requested.flatMap((r, i) => (products.has(r.productId) ? [] : [i]));
  if (missing.length) throw new ProductNotFoundError(missing);
  const unavailable = requested.flatMap((r, i) =>
    products.get(r.productId)!.available ? [] : [i],
  );
  if (unavailable.length) throw new ProductUnavailableError(unavailable);
  return requested.map((r) => {
    const p = products.get(r.productId)!;
    return {
      id: newLineId(),
      productId: p.id,
      name: p.name,
      quantity: r.quantity,
      unitPriceMinor: p.priceMinor,
      taxRateBps: p.taxRateBps,
      totalMinor: p.priceMinor * r.quantity,
      notes: r.notes ?? null,
    };
  });
}
