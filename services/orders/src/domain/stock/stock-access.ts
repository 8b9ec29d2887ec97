import { canAccess, ForbiddenError, requireRole, type Actor } from '@brigade/core';
import type { OrdersDeps } from '../ports';
import type { Ingredient } from './stock';
import {
  IngredientNotFoundError,
  ProductNotFoundError,
  StockLocationNotFoundError,
} from './stock.errors';

/** Every member of staff reads stock; storefront keys never do. */
export function requireStaff(actor: Actor): void {
  if (actor.kind !== 'staff') throw new ForbiddenError('Stock is for staff');
}

/** Managers (and admins) change ingredients, recipes and stock. */
export const requireStockManager = (actor: Actor): void => requireRole(actor, 'manager');

/** 404 for another tenant's location or one a location-bound user does not work at. */
export async function assertLocation(deps: OrdersDeps, actor: Actor, locationId: string) {
  const tenantId = await deps.stock.levels.locationTenant(locationId);
  if (!tenantId || !canAccess(actor, { tenantId, locationId })) {
    throw new StockLocationNotFoundError();
  }
}

/** The caller's ingredient (archived ones too); another tenant's answers 404 like a missing one. */
export async function ingredientOf(
  deps: OrdersDeps,
  actor: Actor,
  ingredientId: string,
): Promise<Ingredient> {
  const ingredient = await deps.stock.catalog.findIngredient(actor.tenantId, ingredientId);
  if (!ingredient) throw new IngredientNotFoundError();
  return ingredient;
}

/** Recipes hang on the tenant's products; another tenant's product answers 404. */
export async function assertProduct(deps: OrdersDeps, actor: Actor, productId: string) {
  if ((await deps.stock.catalog.productTenant(productId)) !== actor.tenantId) {
    throw new ProductNotFoundError();
  }
}
