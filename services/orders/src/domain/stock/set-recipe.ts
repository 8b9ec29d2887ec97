import type { Actor } from '@brigade/core';
import type { OrdersDeps } from '../ports';
import type { RecipeItem, RecipePortion } from './stock';
import { UnknownIngredientsError } from './stock.errors';
import { assertProduct, requireStockManager } from './stock-access';

/** Replaces the product's whole recipe (an empty list removes it) with active ingredients only. */
export async function setRecipe(
  deps: OrdersDeps,
  actor: Actor,
  productId: string,
  portions: RecipePortion[],
): Promise<RecipeItem[]> {
  requireStockManager(actor);
  return deps.transaction(async () => {
    await assertProduct(deps, actor, productId);
    const active = await deps.stock.catalog.lockActiveIngredients(
      actor.tenantId,
      portions.map((p) => p.ingredientId),
    );
    const unknown = portions.flatMap((p, i) =>
      active.has(p.ingredientId) ? [] : [`ingredients.${i}.ingredientId`],
    );
    if (unknown.length > 0) throw new UnknownIngredientsError(unknown);
    await deps.stock.catalog.replaceRecipe(productId, portions);
    return deps.stock.catalog.recipeOf(productId, actor.tenantId);
  });
}
