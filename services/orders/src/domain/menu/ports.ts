import type { Allergen, Channel, OrderType } from '@brigade/contracts';
import type {
  After,
  CatalogReference,
  CategoryChanges,
  CategoryRecord,
  CatalogStore,
  LocationItemRecord,
  ModifierGroupChanges,
  ModifierGroupRecord,
  PriceRule,
  PriceRuleChanges,
  PriceRuleRecord,
  ProductChanges,
  ProductRecord,
} from './catalog-ports';

export type { PriceRule } from './catalog-ports';

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

export interface CatalogModifierOption {
  id: string;
  name: string;
  /** Added to the unit price; may be negative ("without cheese"). */
  priceDeltaMinor: number;
  available: boolean;
}

export interface CatalogModifierGroup {
  id: string;
  name: string;
  minSelect: number;
  maxSelect: number;
  options: CatalogModifierOption[];
}

/** A product as one location sells it: the location's override already applied. */
export interface CatalogProduct {
  id: string;
  categoryId: string | null;
  name: string;
  description: string | null;
  /** The location's price (its override, else the catalog price), before any price rule. */
  priceMinor: number;
  taxRateEatInBps: number;
  taxRateTakeAwayBps: number;
  allergens: Allergen[];
  /** Null: sold on every channel. */
  channels: Channel[] | null;
  /** Tenant-wide switch. */
  active: boolean;
  /** The location's override: false takes it off this location's menu. */
  availableHere: boolean;
  /** 86'd at this location until then (in force while later than now). */
  snoozedUntil: Date | null;
  position: number;
  modifierGroups: CatalogModifierGroup[];
}

/** What pricing needs of one location's menu: its products (by id) and its active price rules. */
export interface OrderCatalog {
  products: ReadonlyMap<string, CatalogProduct>;
  priceRules: readonly PriceRule[];
}

/** Reads what ordering needs from the catalog; `catalog` is what staff manage. */
export interface MenuPort {
  catalog: CatalogPort;
  /** The location and what pricing `productIds` there needs, in one go (the hot path); undefined for an unknown location. */
  loadForOrder(
    locationId: string,
    productIds: string[],
  ): Promise<{ location: OrderingLocation; catalog: OrderCatalog } | undefined>;
}

/** A location's whole menu as it sells it, for `GET /v1/menu`. */
export interface LocationMenu {
  location: OrderingLocation & { name: string };
  catalog: OrderCatalog;
  categories: { id: string; name: string; position: number }[];
  menuVersion: number;
}

/** Writing and reading the catalog (staff), beyond what ordering needs. */
export interface CatalogPort {
  categories: CatalogStore<CategoryRecord, CategoryChanges> & {
    /** Whether live (not deleted) products sit in it. */
    hasProducts(tenantId: string, categoryId: string): Promise<boolean>;
  };
  products: CatalogStore<ProductRecord, ProductChanges> & {
    listIn(
      tenantId: string,
      categoryId: string,
      limit: number,
      after?: After,
    ): Promise<ProductRecord[]>;
  };
  modifierGroups: CatalogStore<ModifierGroupRecord, ModifierGroupChanges>;
  priceRules: CatalogStore<PriceRuleRecord, PriceRuleChanges>;
  locationItems: {
    /** Sets price and availability, keeping a snooze. */
    put(
      tenantId: string,
      item: Omit<LocationItemRecord, 'snoozedUntil'>,
      at: Date,
    ): Promise<LocationItemRecord>;
    snooze(
      tenantId: string,
      locationId: string,
      productId: string,
      until: Date | null,
      at: Date,
    ): Promise<LocationItemRecord>;
  };
  /** Which of `ids` exist in the tenant (products: not deleted). */
  existing(tenantId: string, kind: CatalogReference, ids: string[]): Promise<Set<string>>;
  /** The tenant of a location; undefined when unknown. */
  locationTenant(locationId: string): Promise<string | undefined>;
  loadMenu(locationId: string): Promise<LocationMenu | undefined>;
  /**
   * Moves the menu version of the tenant's locations (all, or `locationIds`) on by one, in the
   * caller's transaction; returns the new versions.
   */
  bumpVersions(
    tenantId: string,
    locationIds: string[] | 'all',
  ): Promise<{ locationId: string; version: number }[]>;
}
