import type { CreateCategoryRequest, UpdateCategoryRequest } from '@brigade/contracts';
import { NotFoundError, type Actor } from '@brigade/core';
import type { OrdersDeps } from '../ports';
import type { After, CategoryRecord } from './catalog-ports';
import { assertMayEditCatalog, assertMayReadCatalog } from './menu-access';
import { CategoryNotEmptyError } from './menu.errors';
import { recordMenuChange } from './record-menu-change';

const notFound = () => new NotFoundError('The category');

export function listCategories(deps: OrdersDeps, actor: Actor, limit: number, after?: After) {
  assertMayReadCatalog(actor);
  return deps.menu.catalog.categories.list(actor.tenantId, limit, after);
}

export async function getCategory(deps: OrdersDeps, actor: Actor, categoryId: string) {
  assertMayReadCatalog(actor);
  const category = await deps.menu.catalog.categories.find(actor.tenantId, categoryId);
  if (!category) throw notFound();
  return category;
}

export function createCategory(
  deps: OrdersDeps,
  actor: Actor,
  input: CreateCategoryRequest,
): Promise<CategoryRecord> {
  assertMayEditCatalog(actor);
  return deps.transaction(async () => {
    const now = deps.clock.now();
    const category = {
      id: deps.newId(),
      tenantId: actor.tenantId,
      ...input,
      createdAt: now,
      updatedAt: now,
    };
    await deps.menu.catalog.categories.insert(category);
    await recordMenuChange(deps, actor.tenantId, 'all', {
      kind: 'category',
      id: category.id,
      action: 'created',
    });
    return category;
  });
}

export function updateCategory(
  deps: OrdersDeps,
  actor: Actor,
  categoryId: string,
  input: UpdateCategoryRequest,
): Promise<CategoryRecord> {
  assertMayEditCatalog(actor);
  return deps.transaction(async () => {
    const category = await deps.menu.catalog.categories.update(
      actor.tenantId,
      categoryId,
      input,
      deps.clock.now(),
    );
    if (!category) throw notFound();
    await recordMenuChange(deps, actor.tenantId, 'all', {
      kind: 'category',
      id: categoryId,
      action: 'updated',
    });
    return category;
  });
}

/** Only an empty category goes: products are never left without a place by accident. */
export function deleteCategory(
  deps: OrdersDeps,
  actor: Actor,
  categoryId: string,
): Promise<CategoryRecord> {
  assertMayEditCatalog(actor);
  return deps.transaction(async () => {
    const { categories } = deps.menu.catalog;
    const category = await categories.find(actor.tenantId, categoryId);
    if (!category) throw notFound();
    if (await categories.hasProducts(actor.tenantId, categoryId)) throw new CategoryNotEmptyError();
    await categories.remove(actor.tenantId, categoryId, deps.clock.now());
    await recordMenuChange(deps, actor.tenantId, 'all', {
      kind: 'category',
      id: categoryId,
      action: 'deleted',
    });
    return category;
  });
}
