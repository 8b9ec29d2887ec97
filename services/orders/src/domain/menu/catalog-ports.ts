import type { Allergen, Channel } from '@brigade/contracts';

/** A list position after which the next page starts: `key` is the sort column, then the id. */
export interface After {
  key?: number;
  id: string;
}

export interface CategoryRecord {
  id: string;
  tenantId: string;
  name: string;
  position: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface ProductRecord {
  id: string;
  tenantId: string;
  categoryId: string | null;
  name: string;
  description: string | null;
  priceMinor: number;
  taxRateEatInBps: number;
  taxRateTakeAwayBps: number;
  allergens: Allergen[];
  channels: Channel[] | null;
  active: boolean;
  position: number;
  modifierGroupIds: string[];
  createdAt: Date;
  updatedAt: Date;
}

export interface ModifierOptionRecord {
  id: string;
  name: string;
  priceDeltaMinor: number;
  available: boolean;
}

export interface ModifierGroupRecord {
  id: string;
  tenantId: string;
  name: string;
  minSelect: number;
  maxSelect: number;
  options: ModifierOptionRecord[];
  createdAt: Date;
  updatedAt: Date;
}

/**
 * A time-window price rule (happy hour), in force on `daysOfWeek` (ISO, 1 = Monday) from
 * `startsAt` to `endsAt` local time ('HH:MM:SS'; a window ending before it starts crosses
 * midnight and belongs to the day it started).
 */
export interface PriceRule {
  id: string;
  name: string;
  daysOfWeek: number[];
  startsAt: string;
  endsAt: string;
  /** Null: not chosen by product. A rule applies to a product named here or in `categoryIds`. */
  productIds: string[] | null;
  categoryIds: string[] | null;
  effect: { kind: 'percent-off'; bps: number } | { kind: 'fixed-price'; priceMinor: number };
}

export interface PriceRuleRecord extends PriceRule {
  tenantId: string;
  /** Null: every location of the tenant. */
  locationIds: string[] | null;
  active: boolean;
  createdAt: Date;
  updatedAt: Date;
}

export interface LocationItemRecord {
  locationId: string;
  productId: string;
  /** Null: the catalog price. */
  priceMinor: number | null;
  available: boolean;
  snoozedUntil: Date | null;
}

/** CRUD of one kind of catalog record, always within one tenant. */
export interface CatalogStore<R, Changes> {
  insert(record: R): Promise<void>;
  find(tenantId: string, id: string): Promise<R | undefined>;
  /** Up to `limit` records after `after`, in list order. */
  list(tenantId: string, limit: number, after?: After): Promise<R[]>;
  /** Undefined when there is no such record. */
  update(tenantId: string, id: string, changes: Changes, at: Date): Promise<R | undefined>;
  /** Removes it; false when there was none. */
  remove(tenantId: string, id: string, at: Date): Promise<boolean>;
}

export type CategoryChanges = Partial<Pick<CategoryRecord, 'name' | 'position'>>;
export type ProductChanges = Partial<
  Omit<ProductRecord, 'id' | 'tenantId' | 'createdAt' | 'updatedAt'>
>;
export type ModifierGroupChanges = Partial<
  Pick<ModifierGroupRecord, 'name' | 'minSelect' | 'maxSelect' | 'options'>
>;
export type PriceRuleChanges = Partial<
  Omit<PriceRuleRecord, 'id' | 'tenantId' | 'createdAt' | 'updatedAt'>
>;

export type CatalogReference = 'category' | 'product' | 'modifier-group' | 'location';
