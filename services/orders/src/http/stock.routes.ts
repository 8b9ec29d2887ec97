import {
  archiveIngredientRoute,
  createIngredientRoute,
  getIngredientRoute,
  getRecipeRoute,
  listIngredientsRoute,
  listStockLevelsRoute,
  listStockMovementsRoute,
  recordStockMovementRoute,
  setLowThresholdRoute,
  setRecipeRoute,
  updateIngredientRoute,
  type IngredientResponse,
  type StockLevelResponse,
  type StockMovementResponse,
} from '@brigade/contracts';
import { actorOf, decodeCursor, mountRoute, toPage, type IdempotencyOptions } from '@brigade/http';
import type { Router } from 'express';
import { z } from 'zod';
import type { OrdersDeps } from '../domain/ports';
import { archiveIngredient } from '../domain/stock/archive-ingredient';
import { createIngredient } from '../domain/stock/create-ingredient';
import { getRecipe } from '../domain/stock/get-recipe';
import { listMovements } from '../domain/stock/list-movements';
import { listStockLevels } from '../domain/stock/list-stock-levels';
import { milliFromNumber, milliToNumber } from '../domain/stock/quantity';
import { getIngredient, listIngredients } from '../domain/stock/read-ingredients';
import { recordMovement } from '../domain/stock/record-movement';
import { setLowThreshold } from '../domain/stock/set-low-threshold';
import { setRecipe } from '../domain/stock/set-recipe';
import {
  isLow,
  type Ingredient,
  type RecipeItem,
  type StockLevel,
  type StockMovement,
} from '../domain/stock/stock';
import { updateIngredient } from '../domain/stock/update-ingredient';

export const stockRoutes = [
  createIngredientRoute,
  listIngredientsRoute,
  getIngredientRoute,
  updateIngredientRoute,
  archiveIngredientRoute,
  getRecipeRoute,
  setRecipeRoute,
  listStockLevelsRoute,
  setLowThresholdRoute,
  recordStockMovementRoute,
  listStockMovementsRoute,
];

const byName = z.object({ name: z.string(), id: z.uuid() });
const byTime = z.object({ at: z.iso.datetime(), id: z.uuid() });
const afterCursor = (cursor: string | undefined) =>
  cursor === undefined ? undefined : decodeCursor(cursor, byName);

export function mountStockRoutes(
  router: Router,
  deps: OrdersDeps,
  idempotency: IdempotencyOptions,
): void {
  mountRoute(router, createIngredientRoute, async ({ body }, req) =>
    toIngredientResponse(await createIngredient(deps, actorOf(req), body)),
  );
  mountRoute(router, listIngredientsRoute, async ({ query }, req) => {
    const page = { ...query, after: afterCursor(query.cursor) };
    const rows = await listIngredients(deps, actorOf(req), page);
    return toPage(rows, query.limit, toIngredientResponse, (i) => ({ name: i.name, id: i.id }));
  });
  mountRoute(router, getIngredientRoute, async ({ params }, req) =>
    toIngredientResponse(await getIngredient(deps, actorOf(req), params.ingredientId)),
  );
  mountRoute(router, updateIngredientRoute, async ({ params, body }, req) =>
    toIngredientResponse(await updateIngredient(deps, actorOf(req), params.ingredientId, body)),
  );
  mountRoute(router, archiveIngredientRoute, async ({ params }, req) =>
    toIngredientResponse(await archiveIngredient(deps, actorOf(req), params.ingredientId)),
  );

  mountRoute(router, getRecipeRoute, async ({ params }, req) =>
    toRecipeResponse(params.productId, await getRecipe(deps, actorOf(req), params.productId)),
  );
  mountRoute(router, setRecipeRoute, async ({ params, body }, req) => {
    const portions = body.ingredients.map((i) => ({
      ingredientId: i.ingredientId,
      quantity: milliFromNumber(i.quantity),
    }));
    const recipe = await setRecipe(deps, actorOf(req), params.productId, portions);
    return toRecipeResponse(params.productId, recipe);
  });

  mountRoute(router, listStockLevelsRoute, async ({ query }, req) => {
    const page = { limit: query.limit, lowOnly: query.low, after: afterCursor(query.cursor) };
    const rows = await listStockLevels(deps, actorOf(req), query.locationId, page);
    return toPage(rows, query.limit, toStockLevelResponse, (l) => ({
      name: l.name,
      id: l.ingredientId,
    }));
  });
  mountRoute(router, setLowThresholdRoute, async ({ params, body }, req) => {
    const threshold = body.threshold === null ? null : milliFromNumber(body.threshold);
    return toStockLevelResponse(await setLowThreshold(deps, actorOf(req), params, threshold));
  });

  mountRoute(
    router,
    recordStockMovementRoute,
    async ({ body }, req) => {
      const input = { ...body, quantity: milliFromNumber(body.quantity) };
      const { movement, level } = await recordMovement(deps, actorOf(req), input);
      return { movement: toMovementResponse(movement), level: toStockLevelResponse(level) };
    },
    idempotency,
  );
  mountRoute(router, listStockMovementsRoute, async ({ query }, req) => {
    const before = query.cursor === undefined ? undefined : decodeCursor(query.cursor, byTime);
    const page = {
      limit: query.limit,
      ingredientId: query.ingredientId,
      before: before && { at: new Date(before.at), id: before.id },
    };
    const rows = await listMovements(deps, actorOf(req), query.locationId, page);
    return toPage(rows, query.limit, toMovementResponse, (m) => ({
      at: m.at.toISOString(),
      id: m.id,
    }));
  });
}

const toIngredientResponse = (i: Ingredient): IngredientResponse => ({
  id: i.id,
  name: i.name,
  unit: i.unit,
  createdAt: i.createdAt.toISOString(),
  archivedAt: i.archivedAt?.toISOString() ?? null,
});

const toRecipeResponse = (productId: string, items: RecipeItem[]) => ({
  productId,
  ingredients: items.map((i) => ({ ...i, quantity: milliToNumber(i.quantity) })),
});

const toStockLevelResponse = (l: StockLevel): StockLevelResponse => ({
  locationId: l.locationId,
  ingredientId: l.ingredientId,
  name: l.name,
  unit: l.unit,
  onHand: milliToNumber(l.onHand),
  lowThreshold: l.lowThreshold === null ? null : milliToNumber(l.lowThreshold),
  low: isLow(l),
  updatedAt: l.updatedAt.toISOString(),
});

const toMovementResponse = (m: StockMovement): StockMovementResponse => ({
  id: m.id,
  locationId: m.locationId,
  ingredientId: m.ingredientId,
  kind: m.kind,
  delta: milliToNumber(m.delta),
  orderId: m.orderId,
  lineId: m.lineId,
  reason: m.reason,
  actor: m.actor,
  at: m.at.toISOString(),
});
