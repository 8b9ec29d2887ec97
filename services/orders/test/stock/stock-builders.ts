import { newId } from '../../../../libs/contracts/src';
import type { TestMenu } from '../../../../test/support/builders';

/** Runs SQL on the orders database and returns the rows (the app's Db). */
export interface Rows {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
}

type IngredientKey = 'veal' | 'flour' | 'cheese' | 'onions';

export interface StockKitchen {
  ingredients: Record<IngredientKey, string>;
  /** Schnitzel: 1 pc veal, 80 g flour. Spätzle: 150.5 g flour, 120 g cheese, 30 g onions. */
  products: { schnitzel: string; spaetzle: string };
  onHand(key: IngredientKey): Promise<number>;
  isTracked(key: IngredientKey): Promise<boolean>;
  setOnHand(key: IngredientKey, onHand: number): Promise<void>;
}

/**
 * Ingredients, recipes for the first two products of `menu`, and stock at its location:
 * veal 10 pc (low at 3), flour 5000 g (low at 1000), cheese 2000 g (no threshold); onions
 * are not tracked there.
 */
export async function aStockKitchen(db: Rows, menu: TestMenu): Promise<StockKitchen> {
  const ingredients = { veal: newId(), flour: newId(), cheese: newId(), onions: newId() };
  const names = { veal: 'Kalbsschnitzel', flour: 'Mehl', cheese: 'Bergkäse', onions: 'Zwiebeln' };
  for (const key of Object.keys(ingredients) as IngredientKey[]) {
    await db.query('INSERT INTO ingredients (id, tenant_id, name, unit) VALUES ($1, $2, $3, $4)', [
      ingredients[key],
      menu.tenantId,
      names[key],
      key === 'veal' ? 'pc' : 'g',
    ]);
  }
  const products = { schnitzel: menu.products[0]!.id, spaetzle: menu.products[1]!.id };
  const recipes: [string, IngredientKey, number][] = [
    [products.schnitzel, 'veal', 1],
    [products.schnitzel, 'flour', 80],
    [products.spaetzle, 'flour', 150.5],
    [products.spaetzle, 'cheese', 120],
    [products.spaetzle, 'onions', 30],
  ];
  for (const [productId, key, quantity] of recipes) {
    await db.query(
      'INSERT INTO recipes (product_id, ingredient_id, quantity) VALUES ($1, $2, $3)',
      [productId, ingredients[key], quantity],
    );
  }
  const levels: [IngredientKey, number, number | null][] = [
    ['veal', 10, 3],
    ['flour', 5000, 1000],
    ['cheese', 2000, null],
  ];
  for (const [key, onHand, threshold] of levels) {
    await db.query(
      `INSERT INTO stock_levels (tenant_id, location_id, ingredient_id, on_hand, low_threshold)
       VALUES ($1, $2, $3, $4, $5)`,
      [menu.tenantId, menu.locationId, ingredients[key], onHand, threshold],
    );
  }
  const level = (key: IngredientKey) =>
    db.query<{ on_hand: string }>(
      'SELECT on_hand::text FROM stock_levels WHERE location_id = $1 AND ingredient_id = $2',
      [menu.locationId, ingredients[key]],
    );
  return {
    ingredients,
    products,
    onHand: async (key) => Number((await level(key))[0]!.on_hand),
    isTracked: async (key) => (await level(key)).length > 0,
    setOnHand: async (key, onHand) => {
      await db.query(
        'UPDATE stock_levels SET on_hand = $3 WHERE location_id = $1 AND ingredient_id = $2',
        [menu.locationId, ingredients[key], onHand],
      );
    },
  };
}
