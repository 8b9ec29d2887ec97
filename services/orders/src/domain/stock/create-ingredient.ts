import type { Actor } from '@brigade/core';
import type { OrdersDeps } from '../ports';
import type { Ingredient, StockUnit } from './stock';
import { requireStockManager } from './stock-access';

/** Adds an ingredient to the tenant's list; its name is unique among the active ones. */
export async function createIngredient(
  deps: OrdersDeps,
  actor: Actor,
  input: { name: string; unit: StockUnit },
): Promise<Ingredient> {
  requireStockManager(actor);
  const ingredient: Ingredient = {
    id: deps.newId(),
    tenantId: actor.tenantId,
    name: input.name,
    unit: input.unit,
    createdAt: deps.clock.now(),
    archivedAt: null,
  };
  await deps.transaction(() => deps.stock.catalog.addIngredient(ingredient));
  return ingredient;
}
