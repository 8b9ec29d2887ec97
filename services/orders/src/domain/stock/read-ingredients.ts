import type { Actor } from '@brigade/core';
import type { OrdersDeps } from '../ports';
import type { IngredientPage } from './ports';
import type { Ingredient } from './stock';
import { ingredientOf, requireStaff } from './stock-access';

export async function getIngredient(
  deps: OrdersDeps,
  actor: Actor,
  ingredientId: string,
): Promise<Ingredient> {
  requireStaff(actor);
  return ingredientOf(deps, actor, ingredientId);
}

/** One page (`limit + 1` rows) of the tenant's ingredients by name. */
export async function listIngredients(
  deps: OrdersDeps,
  actor: Actor,
  page: IngredientPage,
): Promise<Ingredient[]> {
  requireStaff(actor);
  return deps.stock.catalog.listIngredients(actor.tenantId, page);
}
