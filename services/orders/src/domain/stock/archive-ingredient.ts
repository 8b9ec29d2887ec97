import type { Actor } from '@brigade/core';
import type { OrdersDeps } from '../ports';
import type { Ingredient } from './stock';
import { IngredientInUseError, IngredientNotFoundError } from './stock.errors';
import { requireStockManager } from './stock-access';

/**
 * Archives an ingredient (the ledger keeps pointing at it); refused while a recipe uses it.
 * Archiving again changes nothing.
 */
export async function archiveIngredient(
  deps: OrdersDeps,
  actor: Actor,
  ingredientId: string,
): Promise<Ingredient> {
  requireStockManager(actor);
  return deps.transaction(async () => {
    const archived = await deps.stock.catalog.archiveIngredient(
      actor.tenantId,
      ingredientId,
      deps.clock.now(),
    );
    if (!archived) throw new IngredientNotFoundError();
    // Counted after the row lock: a recipe written meanwhile has committed and is seen.
    const recipes = await deps.stock.catalog.recipesUsing(ingredientId);
    if (recipes > 0) throw new IngredientInUseError(recipes);
    return archived;
  });
}
