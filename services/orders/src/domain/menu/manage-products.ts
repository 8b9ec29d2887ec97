import type { CreateProductRequest, UpdateProductRequest } from '@brigade/contracts';
import { NotFoundError, type Actor } from '@brigade/core';
import type { OrdersDeps } from '../ports';
import type { After, ProductRecord } from './catalog-ports';
import { checkReferences } from './check-references';
import { assertMayEditCatalog, assertMayReadCatalog } from './menu-access';
import { recordMenuChange } from './record-menu-change';

const notFound = () => new NotFoundError('The product');

const referencesOf = (input: UpdateProductRequest) => ({
  categoryId: { kind: 'category' as const, ids: input.categoryId },
  modifierGroupIds: { kind: 'modifier-group' as const, ids: input.modifierGroupIds },
});

export function listProducts(
  deps: OrdersDeps,
  actor: Actor,
  filter: { categoryId?: string; limit: number; after?: After },
) {
  assertMayReadCatalog(actor);
  const { products } = deps.menu.catalog;
  return filter.categoryId
    ? products.listIn(actor.tenantId, filter.categoryId, filter.limit, filter.after)
    : products.list(actor.tenantId, filter.limit, filter.after);
}

export async function getProduct(deps: OrdersDeps, actor: Actor, productId: string) {
  assertMayReadCatalog(actor);
  const product = await deps.menu.catalog.products.find(actor.tenantId, productId);
  if (!product) throw notFound();
  return product;
}

/** A new product is on every location's menu at once (unless inactive). */
export async function createProduct(
  deps: OrdersDeps,
  actor: Actor,
  input: CreateProductRequest,
): Promise<ProductRecord> {
  assertMayEditCatalog(actor);
  await checkReferences(deps, actor.tenantId, referencesOf(input));
  return deps.transaction(async () => {
    const now = deps.clock.now();
    const product = {
      id: deps.newId(),
      tenantId: actor.tenantId,
      ...input,
      createdAt: now,
      updatedAt: now,
    };
    await deps.menu.catalog.products.insert(product);
    await recordMenuChange(deps, actor.tenantId, 'all', {
      kind: 'product',
      id: product.id,
      action: 'created',
    });
    return product;
  });
}

export async function updateProduct(
  deps: OrdersDeps,
  actor: Actor,
  productId: string,
  input: UpdateProductRequest,
): Promise<ProductRecord> {
  assertMayEditCatalog(actor);
  await checkReferences(deps, actor.tenantId, referencesOf(input));
  return deps.transaction(async () => {
    const product = await deps.menu.catalog.products.update(
      actor.tenantId,
      productId,
      input,
      deps.clock.now(),
    );
    if (!product) throw notFound();
    await recordMenuChange(deps, actor.tenantId, 'all', {
      kind: 'product',
      id: productId,
      action: 'updated',
    });
    return product;
  });
}

/** Gone from every menu; past orders, recipes and reports still name it. */
export function deleteProduct(
  deps: OrdersDeps,
  actor: Actor,
  productId: string,
): Promise<ProductRecord> {
  assertMayEditCatalog(actor);
  return deps.transaction(async () => {
    const product = await deps.menu.catalog.products.find(actor.tenantId, productId);
    if (
      !product ||
      !(await deps.menu.catalog.products.remove(actor.tenantId, productId, deps.clock.now()))
    ) {
      throw notFound();
    }
    await recordMenuChange(deps, actor.tenantId, 'all', {
      kind: 'product',
      id: productId,
      action: 'deleted',
    });
    return product;
  });
}
