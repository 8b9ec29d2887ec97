import type { Channel, OrderType } from '@brigade/contracts';

/** A location as placing an order needs it: who owns it, its money, clock and settings. */
export interface OrderingLocation {
  id: string;
  tenantId: string;
  currency: string;
  timezone: string;
  /** Fire items to the kitchen as soon as they are ordered (unless held). */
  autoFire: boolean;
  /** On negative stock: refuse the order, or allow it and alert. */
  stockPolicy: 'block' | 'alert';
}

/** A line as a client asks for it; prices come from the server. */
export interface RequestedLine {
  productId: string;
  quantity: number;
  notes?: string;
  modifiers?: { optionId: string }[];
}

export interface PricedModifier {
  groupId: string;
  optionId: string;
  name: string;
  priceDeltaMinor: number;
}

/** A line priced by the server: snapshots of price and tax at the moment of ordering. */
export interface PricedLine {
  productId: string;
  categoryId: string | null;
  name: string;
  quantity: number;
  /** The product's price at this location before any time-window rule. */
  baseUnitPriceMinor: number;
  /** What one costs: base price after the price rule, plus the modifiers' adjustments. */
  unitPriceMinor: number;
  /** The name of the time-window rule (happy hour) that applied, if any. */
  priceRule: string | null;
  modifiers: PricedModifier[];
  /** Eat-in or take-away rate, by the order's type. */
  taxRateBps: number;
  totalMinor: number;
  notes: string | null;
  allergens: string[];
}

export interface PricingContext {
  orderType: OrderType;
  channel: Channel;
  at: Date;
  /** Field names in errors start with this (`lines` → `lines.2.productId`). */
  fieldPrefix?: string;
}

/** Reads what ordering needs from the catalog. */
export interface MenuPort {
  /** The location and what pricing `productIds` there needs, in one go (the hot path); undefined for an unknown location. */
  loadForOrder(
    locationId: string,
    productIds: string[],
  ): Promise<{ location: OrderingLocation; catalog: unknown } | undefined>;
}
