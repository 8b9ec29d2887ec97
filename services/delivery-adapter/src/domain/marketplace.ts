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
 * `store-unknown`: no location has the marketplace's store, nobody can cook it.
 */
export type MarketplaceOrderStatus = 'fetching' | 'received' | 'store-unknown';

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
}

export interface MarketplaceStore {
  marketplace: Marketplace;
  storeId: string;
  tenantId: string;
  locationId: string;
  updatedBy: string;
  updatedAt: Date;
}
