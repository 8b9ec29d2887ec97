import { z } from 'zod';
import { Id } from '../../shared/ids';
import { defineRoute } from '../define-route';
import { pageOf, PageQuery } from '../pagination';
import { MenuName, Position } from './fields';

const whoEdits = 'manager or admin of every location';

/** A section of the tenant's menu ("Hauptgerichte", "Getränke"), shared by all its locations. */
export const CategoryResponse = z
  .object({
    id: Id,
    name: z.string(),
    position: z.number().int(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'MenuCategory' });
export type CategoryResponse = z.infer<typeof CategoryResponse>;

export const CreateCategoryRequest = z
  .object({ name: MenuName, position: Position.default(0) })
  .meta({ id: 'CreateMenuCategoryRequest' });
export type CreateCategoryRequest = z.infer<typeof CreateCategoryRequest>;

/** Only what is sent changes. */
export const UpdateCategoryRequest = z
  .object({ name: MenuName, position: Position })
  .partial()
  .meta({ id: 'UpdateMenuCategoryRequest' });
export type UpdateCategoryRequest = z.infer<typeof UpdateCategoryRequest>;

const CategoryParams = z.object({ categoryId: Id });

export const listCategoriesRoute = defineRoute({
  method: 'get',
  path: '/v1/menu/categories',
  summary: 'List the menu categories of the tenant by position (staff)',
  tag: 'menu',
  request: { query: PageQuery },
  response: {
    status: 200,
    description: 'One page of categories',
    body: pageOf(CategoryResponse, 'MenuCategoryPage'),
  },
  problems: [],
});

export const createCategoryRoute = defineRoute({
  method: 'post',
  path: '/v1/menu/categories',
  summary: `Add a menu category (${whoEdits})`,
  tag: 'menu',
  request: { body: CreateCategoryRequest },
  response: { status: 201, description: 'The new category', body: CategoryResponse },
  problems: [],
});

export const getCategoryRoute = defineRoute({
  method: 'get',
  path: '/v1/menu/categories/:categoryId',
  summary: 'Read one menu category (staff)',
  tag: 'menu',
  request: { params: CategoryParams },
  response: { status: 200, description: 'The category', body: CategoryResponse },
  problems: [],
});

export const updateCategoryRoute = defineRoute({
  method: 'patch',
  path: '/v1/menu/categories/:categoryId',
  summary: `Rename or move a menu category (${whoEdits})`,
  tag: 'menu',
  request: { params: CategoryParams, body: UpdateCategoryRequest },
  response: { status: 200, description: 'The category as changed', body: CategoryResponse },
  problems: [],
});

export const deleteCategoryRoute = defineRoute({
  method: 'delete',
  path: '/v1/menu/categories/:categoryId',
  summary: `Delete an empty menu category (${whoEdits})`,
  tag: 'menu',
  request: { params: CategoryParams },
  response: { status: 200, description: 'The category, deleted', body: CategoryResponse },
  problems: ['category-not-empty'],
});
