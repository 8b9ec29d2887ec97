import { z } from 'zod';
import { Id } from '../../shared/ids';
import { defineRoute } from '../define-route';
import { StockQuantity, StockUnit } from './ingredients';

/** A product's whole recipe: what one portion takes of each ingredient (empty: no recipe). */
export const SetRecipeRequest = z
  .object({
    ingredients: z
      .array(z.object({ ingredientId: Id, quantity: StockQuantity }))
      .max(100)
      .superRefine((items, ctx) => {
        const seen = new Set<string>();
        items.forEach((item, i) => {
          if (seen.has(item.ingredientId)) {
            ctx.addIssue({
              code: 'custom',
              path: [i, 'ingredientId'],
              message: 'listed twice; give its whole quantity once',
            });
          }
          seen.add(item.ingredientId);
        });
      }),
  })
  .meta({ id: 'SetRecipeRequest' });
export type SetRecipeRequest = z.infer<typeof SetRecipeRequest>;

export const RecipeResponse = z
  .object({
    productId: Id,
    ingredients: z.array(
      z.object({ ingredientId: Id, name: z.string(), unit: StockUnit, quantity: z.number() }),
    ),
  })
  .meta({ id: 'Recipe' });
export type RecipeResponse = z.infer<typeof RecipeResponse>;

const params = z.object({ productId: Id });

export const getRecipeRoute = defineRoute({
  method: 'get',
  path: '/v1/products/:productId/recipe',
  summary: "A product's recipe",
  tag: 'stock',
  request: { params },
  response: {
    status: 200,
    description: 'The recipe (empty when it has none)',
    body: RecipeResponse,
  },
  problems: [],
});

export const setRecipeRoute = defineRoute({
  method: 'put',
  path: '/v1/products/:productId/recipe',
  summary: "Replace a product's recipe (managers)",
  tag: 'stock',
  request: { params, body: SetRecipeRequest },
  response: { status: 200, description: 'The recipe as stored', body: RecipeResponse },
  problems: ['ingredient-not-found'],
});
