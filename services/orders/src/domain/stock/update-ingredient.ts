import type { Actor } from '@brigade/core';
import type { OrdersDeps } from '../ports';
import type { Ingredient } from './stock';
import { IngredientNotFoundError } from './stock.errors';
import { requireStockManager } from './stock-access';

/**
 * Renames an ingredient. Its unit stays: the stock counted and the recipes written in it
 * would silently change meaning.
 */
export async function updateIngredient(
  deps: OrdersDeps,
  actor: Actor,
  ingredientId: string,
  input: { name?: string },
): Promise<Ingredient> {
  requireStockManager(actor);
  return deps.transaction(async () => {
    const found =
      input.name === undefined
        ? await deps.stock.catalog.findIngredient(actor.tenantId, ingredientId)
        : await deps.stock.catalog.renameIngredient(actor.tenantId, ingredientId, input.name);
    if (!found) throw new IngredientNotFoundError();
    return found;
  });
}
