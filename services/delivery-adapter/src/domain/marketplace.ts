export const MARKETPLACES = ['uber-eats', 'wolt', 'deliveroo'] as const;
export type Marketplace = (typeof MARKETPLACES)[number];

/** A marketplace order in one shape, whichever marketplace it came from. */
export interface OrderData {
  displayId: string;
  customerName: string | null;
  /** What the guest paid the marketplace for the items, in minor units. */
  totalMinor: number;
  currency: string;
  placedAt: string;
  items: Array<{
    /** The restaurant's SKU the marketplace keeps for the item. */
    sku: string;
    name: string;
    quantity: number;
    unitPriceMinor: number;
    note: string | null;
    modifiers: Array<{ sku: string; name: string; priceMinor: number }>;
  }>;
}

/**
 * `fetching`: announced, its content still to be fetched; `received`: all we need is here;
 * `store-unknown`: no location has the marketplace's store, nobody can cook it;
 * `needs-mapping`: SKUs our catalog does not know (a dead letter: fix the mapping, retry);
 * `awaiting-acceptance`: staff decide; `accepted`: it is an order of ours; `denied`;
 * `cancelled`: by the marketplace (our order, if any, is cancelled with it).
 */
export type MarketplaceOrderStatus =
  | 'fetching'
  | 'received'
  | 'store-unknown'
  | 'needs-mapping'
  | 'awaiting-acceptance'
  | 'accepted'
  | 'denied'
  | 'cancelled';

/** What a marketplace is told about an order. */
export type StatusUpdate = 'accepted' | 'denied' | 'ready' | 'cancelled';

export interface MarketplaceOrder {
  id: string;
  marketplace: Marketplace;
  marketplaceOrderId: string;
  storeId: string;
  tenantId: string | null;
  locationId: string | null;
  status: MarketplaceOrderStatus;
  displayId: string | null;
  resourceUrl: string | null;
  data: OrderData | null;
  lastError: string | null;
  receivedAt: Date;
  updatedAt: Date;
  /** Our order, once accepted. */
  internalOrderId: string | null;
  missingSkus: string[];
  denyReason: string | null;
  /** Who accepted or denied it: `user:<id>`, `system:auto-accept`, `system:fallback`. */
  decidedBy: string | null;
  /** When the marketplace cancels it unless accepted. */
  deadlineAt: Date | null;
  /** When staff were alerted that the deadline nears. */
  escalatedAt: Date | null;
  /** The lines of our order, and those the kitchen has ready. */
  internalLineIds: string[];
  readyLineIds: string[];
}

export interface MarketplaceStore {
  marketplace: Marketplace;
  storeId: string;
  tenantId: string;
  locationId: string;
  /** Accept orders by itself, or let staff decide (the fallback applies at the deadline). */
  autoAccept: boolean;
  fallback: 'accept' | 'deny';
  availability: Availability;
  updatedBy: string;
  updatedAt: Date;
}

/** A store's availability at its marketplace: busy adds prep time, paused takes no orders. */
export interface Availability {
  mode: 'online' | 'busy' | 'paused';
  extraPrepMinutes: number;
  /** `auto`: set by the location's busy rules, which may lift it again; `manual`: by staff. */
  source: 'manual' | 'auto';
  /** A manual setting ends by itself then. */
  until: Date | null;
  version: number;
}

/** When a location's kitchen load makes its stores busy, paused, or online again. */
export interface BusyRules {
  locationId: string;
  tenantId: string;
  busyAtUnits: number | null;
  pauseAtUnits: number | null;
  calmBelowUnits: number;
  extraPrepMinutes: number;
  updatedBy: string;
  updatedAt: Date;
}

/** A marketplace SKU as our catalog item at a location: a product or a modifier option. */
export interface SkuMapping {
  locationId: string;
  tenantId: string;
  sku: string;
  productId: string | null;
  modifierOptionId: string | null;
  updatedBy: string;
  updatedAt: Date;
}
