export const MARKETPLACES = ['uber-eats', 'wolt', 'deliveroo'] as const;
export type Marketplace = (typeof MARKETPLACES)[number];

/** An item as the guest ordered it on the marketplace, with the restaurant's SKU. */
export interface SimItem {
  sku: string;
  name: string;
  quantity: number;
  unitPriceMinor: number;
  modifiers?: Array<{ sku: string; name: string; priceMinor?: number }>;
  note?: string;
}

/** One marketplace order, before each marketplace renders it its own way. */
export interface SimOrder {
  marketplace: Marketplace;
  id: string;
  displayId: string;
  storeId: string;
  items: SimItem[];
  customerName: string;
  /** Subtotal the guest paid for the items, in minor units (EUR). */
  totalMinor: number;
  placedAt: string;
  status: string;
}

export interface RecordedCall {
  marketplace: Marketplace;
  method: string;
  path: string;
  body: unknown;
  status: number;
  at: string;
}
