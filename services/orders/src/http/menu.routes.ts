import {
  createCategoryRoute,
  createModifierGroupRoute,
  createPriceRuleRoute,
  createProductRoute,
  deleteCategoryRoute,
  deleteModifierGroupRoute,
  deletePriceRuleRoute,
  deleteProductRoute,
  getCategoryRoute,
  getMenuRoute,
  getModifierGroupRoute,
  getPriceRuleRoute,
  getProductRoute,
  listCategoriesRoute,
  listModifierGroupsRoute,
  listPriceRulesRoute,
  listProductsRoute,
  snoozeMenuItemRoute,
  unsnoozeMenuItemRoute,
  updateCategoryRoute,
  updateLocationMenuItemRoute,
  updateModifierGroupRoute,
  updatePriceRuleRoute,
  updateProductRoute,
  type PageQuery,
} from '@brigade/contracts';
import { actorOf, decodeCursor, mountRoute, toPage, type IdempotencyOptions } from '@brigade/http';
import type { Router } from 'express';
import { z } from 'zod';
import { getMenu } from '../domain/menu/get-menu';
import * as categories from '../domain/menu/manage-categories';
import { putLocationItem, snoozeLocationItem } from '../domain/menu/manage-location-items';
import * as groups from '../domain/menu/manage-modifier-groups';
import * as rules from '../domain/menu/manage-price-rules';
import * as products from '../domain/menu/manage-products';
import * as to from '../domain/menu/to-menu-response';
import type { OrdersDeps } from '../domain/ports';

export const menuRoutes = [
  getMenuRoute,
  ...[
    listCategoriesRoute,
    createCategoryRoute,
    getCategoryRoute,
    updateCategoryRoute,
    deleteCategoryRoute,
  ],
  ...[
    listProductsRoute,
    createProductRoute,
    getProductRoute,
    updateProductRoute,
    deleteProductRoute,
  ],
  ...[listModifierGroupsRoute, createModifierGroupRoute, getModifierGroupRoute],
  ...[updateModifierGroupRoute, deleteModifierGroupRoute],
  ...[
    listPriceRulesRoute,
    createPriceRuleRoute,
    getPriceRuleRoute,
    updatePriceRuleRoute,
    deletePriceRuleRoute,
  ],
  ...[updateLocationMenuItemRoute, snoozeMenuItemRoute, unsnoozeMenuItemRoute],
];

const Position = z.object({ key: z.number().int().optional(), id: z.uuid() });

/** Keyset paging: fetch one more than the page to know whether another follows. */
async function paged<R extends { id: string }, T>(
  query: PageQuery,
  fetch: (limit: number, after?: z.infer<typeof Position>) => Promise<R[]>,
  toItem: (r: R) => T,
  keyOf?: (r: R) => number,
) {
  const after = query.cursor ? decodeCursor(query.cursor, Position) : undefined;
  const rows = await fetch(query.limit + 1, after);
  return toPage(rows, query.limit, toItem, (r) => ({ key: keyOf?.(r), id: r.id }));
}

const byPosition = (r: { position: number }) => r.position;

export function mountMenuRoutes(
  router: Router,
  deps: OrdersDeps,
  _idempotency: IdempotencyOptions,
): void {
  mountRoute(router, getMenuRoute, ({ query }, req) => getMenu(deps, actorOf(req), query));

  mountRoute(router, listCategoriesRoute, ({ query }, req) =>
    paged(
      query,
      (n, a) => categories.listCategories(deps, actorOf(req), n, a),
      to.toCategoryResponse,
      byPosition,
    ),
  );
  mountRoute(router, createCategoryRoute, async ({ body }, req) =>
    to.toCategoryResponse(await categories.createCategory(deps, actorOf(req), body)),
  );
  mountRoute(router, getCategoryRoute, async ({ params }, req) =>
    to.toCategoryResponse(await categories.getCategory(deps, actorOf(req), params.categoryId)),
  );
  mountRoute(router, updateCategoryRoute, async ({ params, body }, req) =>
    to.toCategoryResponse(
      await categories.updateCategory(deps, actorOf(req), params.categoryId, body),
    ),
  );
  mountRoute(router, deleteCategoryRoute, async ({ params }, req) =>
    to.toCategoryResponse(await categories.deleteCategory(deps, actorOf(req), params.categoryId)),
  );

  mountRoute(router, listProductsRoute, ({ query }, req) =>
    paged(
      query,
      (limit, after) =>
        products.listProducts(deps, actorOf(req), { categoryId: query.categoryId, limit, after }),
      to.toProductResponse,
      byPosition,
    ),
  );
  mountRoute(router, createProductRoute, async ({ body }, req) =>
    to.toProductResponse(await products.createProduct(deps, actorOf(req), body)),
  );
  mountRoute(router, getProductRoute, async ({ params }, req) =>
    to.toProductResponse(await products.getProduct(deps, actorOf(req), params.productId)),
  );
  mountRoute(router, updateProductRoute, async ({ params, body }, req) =>
    to.toProductResponse(await products.updateProduct(deps, actorOf(req), params.productId, body)),
  );
  mountRoute(router, deleteProductRoute, async ({ params }, req) =>
    to.toProductResponse(await products.deleteProduct(deps, actorOf(req), params.productId)),
  );

  mountRoute(router, listModifierGroupsRoute, ({ query }, req) =>
    paged(
      query,
      (n, a) => groups.listModifierGroups(deps, actorOf(req), n, a),
      to.toModifierGroupResponse,
    ),
  );
  mountRoute(router, createModifierGroupRoute, async ({ body }, req) =>
    to.toModifierGroupResponse(await groups.createModifierGroup(deps, actorOf(req), body)),
  );
  mountRoute(router, getModifierGroupRoute, async ({ params }, req) =>
    to.toModifierGroupResponse(await groups.getModifierGroup(deps, actorOf(req), params.groupId)),
  );
  mountRoute(router, updateModifierGroupRoute, async ({ params, body }, req) =>
    to.toModifierGroupResponse(
      await groups.updateModifierGroup(deps, actorOf(req), params.groupId, body),
    ),
  );
  mountRoute(router, deleteModifierGroupRoute, async ({ params }, req) =>
    to.toModifierGroupResponse(
      await groups.deleteModifierGroup(deps, actorOf(req), params.groupId),
    ),
  );

  mountRoute(router, listPriceRulesRoute, ({ query }, req) =>
    paged(query, (n, a) => rules.listPriceRules(deps, actorOf(req), n, a), to.toPriceRuleResponse),
  );
  mountRoute(router, createPriceRuleRoute, async ({ body }, req) =>
    to.toPriceRuleResponse(await rules.createPriceRule(deps, actorOf(req), body)),
  );
  mountRoute(router, getPriceRuleRoute, async ({ params }, req) =>
    to.toPriceRuleResponse(await rules.getPriceRule(deps, actorOf(req), params.ruleId)),
  );
  mountRoute(router, updatePriceRuleRoute, async ({ params, body }, req) =>
    to.toPriceRuleResponse(await rules.updatePriceRule(deps, actorOf(req), params.ruleId, body)),
  );
  mountRoute(router, deletePriceRuleRoute, async ({ params }, req) =>
    to.toPriceRuleResponse(await rules.deletePriceRule(deps, actorOf(req), params.ruleId)),
  );

  mountRoute(router, updateLocationMenuItemRoute, async ({ params, body }, req) =>
    to.toLocationItemResponse(await putLocationItem(deps, actorOf(req), { ...params, ...body })),
  );
  mountRoute(router, snoozeMenuItemRoute, async ({ params, body }, req) =>
    to.toLocationItemResponse(await snoozeLocationItem(deps, actorOf(req), params, body)),
  );
  mountRoute(router, unsnoozeMenuItemRoute, async ({ params }, req) =>
    to.toLocationItemResponse(await snoozeLocationItem(deps, actorOf(req), params, null)),
  );
}
