import type { Actor } from '@brigade/core';
import type { OrdersDeps } from '../ports';
import type { RecipeItem } from './stock';
import { assertProduct, requireStaff } from './stock-access';

/** What one portion of the product takes. */
export async function getRecipe(
  deps: OrdersDeps,
  actor: Actor,
  productId: string,
): Promise<RecipeItem[]> {
  requireStaff(actor);
  await assertProduct(deps, actor, productId);
  return deps.stock.catalog.recipeOf(productId, actor.tenantId);
}
