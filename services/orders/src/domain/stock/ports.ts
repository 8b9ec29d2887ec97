import type {
  Ingredient,
  LockedLevel,
  Milli,
  RecipeItem,
  RecipePortion,
  StockLevel,
  StockMovement,
} from './stock';

/** A fired line whose recipe is deducted; `field` names it in a block error (`lines.0`). */
export interface StockLine {
  lineId: string;
  productId: string;
  quantity: number;
  field: string;
}

/** Units of a fired line going back to stock (see StockPort.reverse). */
export interface StockReversal {
  /** The line as it was fired (its id when its recipe was deducted). */
  lineId: string;
  /** Names this portion: the voided line's id, or the line's own id when all of it goes. */
  reversalId: string;
  /**
   * How many units go back. Each unit gives back its share of what the line's fire took:
   * the ledger records the units fired, so earlier partial voids cannot skew it.
   */
  quantity: number;
}

export interface StockContext {
  tenantId: string;
  locationId: string;
  orderId: string;
  policy: 'block' | 'alert';
}

/** Recipe-level stock, changed inside the caller's transaction. */
export interface StockPort {
  /**
   * Deducts the recipes of fired lines. `block`: throws a 422 naming the lines when an
   * ingredient would go negative (the caller's transaction rolls back); `alert`: allows it.
   * Crossing a threshold adds `stock.low.v1` to the outbox.
   */
  deductForFire(ctx: StockContext, lines: StockLine[]): Promise<void>;
  /**
   * Puts back units of fired lines: for each portion, `quantity` of the units the line
   * `lineId` had when its recipe was deducted (a guest sends back 1 of 3 beers), i.e. that
   * share of the line's 'fire' movements; together a line's portions never put back more
   * than it took, and put back all of it (to the thousandth) when all its units go. Each
   * portion is identified by `reversalId` (the voided line's id; the line's own id when all
   * of it goes) and is applied at most once, however often it is called; several portions
   * of one line may each apply. Nothing for lines that never took stock.
   */
  reverse(
    ctx: Omit<StockContext, 'policy'>,
    portions: StockReversal[],
    reason: 'void' | 'cancel',
  ): Promise<void>;
  /** Ingredients and recipes, for the stock API. */
  catalog: StockCatalog;
  /** Levels per location and the movement ledger, for the stock API. */
  levels: StockLevels;
}

export interface IngredientPage {
  limit: number;
  /** The position after which the page starts (name order). */
  after?: { name: string; id: string };
  includeArchived: boolean;
}

/** Ingredients and recipes: shared by every location of a tenant. */
export interface StockCatalog {
  /** 409 `ingredient-name-taken` when an active ingredient of the tenant has that name. */
  addIngredient(ingredient: Ingredient): Promise<void>;
  findIngredient(tenantId: string, id: string): Promise<Ingredient | undefined>;
  /** Up to `limit + 1` rows, by name. */
  listIngredients(tenantId: string, page: IngredientPage): Promise<Ingredient[]>;
  renameIngredient(tenantId: string, id: string, name: string): Promise<Ingredient | undefined>;
  /** Archives it (once; the first time stays), locking it against recipes being written. */
  archiveIngredient(tenantId: string, id: string, at: Date): Promise<Ingredient | undefined>;
  recipesUsing(ingredientId: string): Promise<number>;
  /** The tenant owning a product of the menu; undefined when there is none. */
  productTenant(productId: string): Promise<string | undefined>;
  recipeOf(productId: string, tenantId: string): Promise<RecipeItem[]>;
  /** Which of `ids` are the tenant's active ingredients, locked so none is archived meanwhile. */
  lockActiveIngredients(tenantId: string, ids: string[]): Promise<Set<string>>;
  /** Replaces the whole recipe; concurrent replacements of one product wait for each other. */
  replaceRecipe(productId: string, items: RecipePortion[]): Promise<void>;
  /** The recipes of these products, one portion each, by product. */
  portionsOf(tenantId: string, productIds: string[]): Promise<Map<string, RecipePortion[]>>;
}

export interface StockLevelPage {
  limit: number;
  after?: { name: string; id: string };
  lowOnly: boolean;
}

export interface MovementPage {
  limit: number;
  ingredientId?: string;
  /** The position before which the page starts (newest first). */
  before?: { at: Date; id: string };
}

/** Stock per location and its ledger. */
export interface StockLevels {
  /** The tenant owning a location; undefined when there is none. */
  locationTenant(locationId: string): Promise<string | undefined>;
  /**
   * Locks the tracked levels of these ingredients in ingredient-id order (so concurrent
   * orders queue instead of deadlocking) and returns them as they are now.
   */
  lock(tenantId: string, locationId: string, ingredientIds: string[]): Promise<LockedLevel[]>;
  /** Starts tracking the ingredient at the location (at zero) unless it is tracked already. */
  track(tenantId: string, locationId: string, ingredientId: string): Promise<void>;
  /** Adds the deltas (one per ingredient) to locked levels; returns their new versions. */
  apply(
    locationId: string,
    deltas: { ingredientId: string; delta: Milli }[],
  ): Promise<Map<string, number>>;
  /**
   * Writes movements to the ledger; a line's fire, or a portion's reversal, of an
   * ingredient that is there already is skipped. Returns the movements written.
   */
  addMovements(movements: StockMovement[]): Promise<StockMovement[]>;
  /** The `fire` movements of these lines at the location. */
  firesOf(tenantId: string, locationId: string, lineIds: string[]): Promise<StockMovement[]>;
  /** The `reversal` movements putting back what these lines' fires took. */
  reversalsOf(tenantId: string, locationId: string, lineIds: string[]): Promise<StockMovement[]>;
  find(tenantId: string, locationId: string, ingredientId: string): Promise<StockLevel | undefined>;
  /** Up to `limit + 1` levels of active ingredients, by name. */
  list(tenantId: string, locationId: string, page: StockLevelPage): Promise<StockLevel[]>;
  /** Undefined when the ingredient is not tracked there. */
  setThreshold(
    tenantId: string,
    locationId: string,
    ingredientId: string,
    threshold: Milli | null,
  ): Promise<StockLevel | undefined>;
  /** Up to `limit + 1` movements, newest first. */
  movements(tenantId: string, locationId: string, page: MovementPage): Promise<StockMovement[]>;
}
