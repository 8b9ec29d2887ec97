/** What an ingredient is counted in: grams, millilitres or pieces. */
export type StockUnit = 'g' | 'ml' | 'pc';

/** receive, waste and count come from staff; fire and reversal from orders. */
export type MovementKind = 'receive' | 'waste' | 'count' | 'fire' | 'reversal';

/**
 * A quantity in exact thousandths of its unit (mg, µl, a thousandth of a piece): an integer,
 * so sums and comparisons never suffer from binary fractions.
 */
export type Milli = number;

/** Something a recipe uses and a location stocks; shared by every location of a tenant. */
export interface Ingredient {
  id: string;
  tenantId: string;
  name: string;
  unit: StockUnit;
  createdAt: Date;
  /** Archived ingredients stay in the ledger but leave recipes and stock lists. */
  archivedAt: Date | null;
}

/** One ingredient of a product's recipe: how much one portion takes. */
export interface RecipeItem {
  ingredientId: string;
  name: string;
  unit: StockUnit;
  quantity: Milli;
}

/** One portion of a product takes `quantity` of the ingredient. */
export interface RecipePortion {
  ingredientId: string;
  quantity: Milli;
}

/** An ingredient's stock at a location; only tracked ingredients have one. */
export interface StockLevel {
  locationId: string;
  ingredientId: string;
  name: string;
  unit: StockUnit;
  onHand: Milli;
  /** At or below it the stock is low; null: never alerts. */
  lowThreshold: Milli | null;
  /** Counts every change of the level; the `aggregateVersion` of its events. */
  version: number;
  updatedAt: Date;
}

/** A tracked level as it is under its row lock. */
export type LockedLevel = Pick<
  StockLevel,
  'ingredientId' | 'name' | 'unit' | 'onHand' | 'lowThreshold'
>;

/** One line of the stock ledger. */
export interface StockMovement {
  id: string;
  tenantId: string;
  locationId: string;
  ingredientId: string;
  delta: Milli;
  kind: MovementKind;
  orderId: string | null;
  /** The order line a fire took for, or whose fire a reversal puts back. */
  lineId: string | null;
  /** How many units of the line a fire took, or a reversal puts back. */
  units: number | null;
  /** The portion a reversal puts back (a voided part of the line, or the line itself). */
  reversalId: string | null;
  reason: string | null;
  /** Who recorded it (`user:<id>`); null when an order did. */
  actor: string | null;
  at: Date;
}

/** Whether the level is low now. */
export const isLow = (level: Pick<StockLevel, 'onHand' | 'lowThreshold'>): boolean =>
  level.lowThreshold !== null && level.onHand <= level.lowThreshold;
