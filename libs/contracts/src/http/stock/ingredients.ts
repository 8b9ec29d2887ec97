import { z } from 'zod';
import { Id } from '../../shared/ids';
import { defineRoute } from '../define-route';
import { PageQuery, pageOf } from '../pagination';

/** What an ingredient is counted in: grams, millilitres or pieces. */
export const StockUnit = z.enum(['g', 'ml', 'pc']);
export type StockUnit = z.infer<typeof StockUnit>;

/** A positive amount of an ingredient, exact to a thousandth of its unit. */
export const StockQuantity = z.number().positive().max(1_000_000).multipleOf(0.001);

const IngredientName = z.string().trim().min(1).max(80);

/** Something recipes use and locations stock; shared by every location of the tenant. */
export const IngredientResponse = z
  .object({
    id: Id,
    name: z.string(),
    unit: StockUnit,
    createdAt: z.iso.datetime(),
    /** Archived ingredients stay in the ledger but leave recipes and stock lists. */
    archivedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'Ingredient' });
export type IngredientResponse = z.infer<typeof IngredientResponse>;

export const CreateIngredientRequest = z
  .object({ name: IngredientName, unit: StockUnit })
  .meta({ id: 'CreateIngredientRequest' });

/** Only the name changes: stock and recipes are counted in the unit. */
export const UpdateIngredientRequest = z
  .object({ name: IngredientName.optional() })
  .meta({ id: 'UpdateIngredientRequest' });

const params = z.object({ ingredientId: Id });

export const createIngredientRoute = defineRoute({
  method: 'post',
  path: '/v1/ingredients',
  summary: 'Add an ingredient (managers)',
  tag: 'stock',
  request: { body: CreateIngredientRequest },
  response: { status: 201, description: 'The ingredient', body: IngredientResponse },
  problems: ['ingredient-name-taken'],
});

export const listIngredientsRoute = defineRoute({
  method: 'get',
  path: '/v1/ingredients',
  summary: "The tenant's ingredients by name",
  tag: 'stock',
  request: {
    query: PageQuery.extend({ includeArchived: z.stringbool().default(false) }),
  },
  response: {
    status: 200,
    description: 'One page of ingredients',
    body: pageOf(IngredientResponse, 'IngredientPage'),
  },
  problems: [],
});

export const getIngredientRoute = defineRoute({
  method: 'get',
  path: '/v1/ingredients/:ingredientId',
  summary: 'Read one ingredient',
  tag: 'stock',
  request: { params },
  response: { status: 200, description: 'The ingredient', body: IngredientResponse },
  problems: [],
});

export const updateIngredientRoute = defineRoute({
  method: 'patch',
  path: '/v1/ingredients/:ingredientId',
  summary: 'Rename an ingredient (managers)',
  tag: 'stock',
  request: { params, body: UpdateIngredientRequest },
  response: { status: 200, description: 'The ingredient', body: IngredientResponse },
  problems: ['ingredient-name-taken'],
});

export const archiveIngredientRoute = defineRoute({
  method: 'delete',
  path: '/v1/ingredients/:ingredientId',
  summary: 'Archive an ingredient no recipe uses (managers)',
  tag: 'stock',
  request: { params },
  response: { status: 200, description: 'The archived ingredient', body: IngredientResponse },
  problems: ['ingredient-in-use'],
});
