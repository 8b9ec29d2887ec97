import type { Db } from '@brigade/db';
import type { StockCatalog } from '../../domain/stock/ports';
import { milliFromText, milliToText } from '../../domain/stock/quantity';
import type { Ingredient, RecipePortion, StockUnit } from '../../domain/stock/stock';
import { IngredientNameTakenError } from '../../domain/stock/stock.errors';

interface IngredientRow {
  id: string;
  tenant_id: string;
  name: string;
  unit: StockUnit;
  created_at: Date;
  archived_at: Date | null;
}

const INGREDIENT = 'id, tenant_id, name, unit, created_at, archived_at';

const toIngredient = (r: IngredientRow): Ingredient => ({
  id: r.id,
  tenantId: r.tenant_id,
  name: r.name,
  unit: r.unit,
  createdAt: r.created_at,
  archivedAt: r.archived_at,
});

/** An active ingredient's name is unique per tenant (case-insensitive): 409 otherwise. */
async function namingUniquely<T>(name: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    const pg = err as { code?: string; constraint?: string };
    if (pg.code === '23505' && pg.constraint === 'ingredients_name_per_tenant') {
      throw new IngredientNameTakenError(name);
    }
    throw err;
  }
}

export function stockCatalogRepository(db: Db): StockCatalog {
  return {
    async addIngredient(i) {
      await namingUniquely(i.name, () =>
        db.query(
          `INSERT INTO ingredients (id, tenant_id, name, unit, created_at)
           VALUES ($1, $2, $3, $4, $5)`,
          [i.id, i.tenantId, i.name, i.unit, i.createdAt],
        ),
      );
    },

    async findIngredient(tenantId, id) {
      const [row] = await db.query<IngredientRow>(
        `SELECT ${INGREDIENT} FROM ingredients WHERE id = $1 AND tenant_id = $2`,
        [id, tenantId],
      );
      return row && toIngredient(row);
    },

    async listIngredients(tenantId, { limit, after, includeArchived }) {
      const rows = await db.query<IngredientRow>(
        `SELECT ${INGREDIENT} FROM ingredients
          WHERE tenant_id = $1 AND ($2::boolean OR archived_at IS NULL)
            AND ($3::text IS NULL OR (name, id) > ($3::text, $4::uuid))
          ORDER BY name, id
          LIMIT $5`,
        [tenantId, includeArchived, after?.name ?? null, after?.id ?? null, limit + 1],
      );
      return rows.map(toIngredient);
    },

    async renameIngredient(tenantId, id, name) {
      const [row] = await namingUniquely(name, () =>
        db.query<IngredientRow>(
          `UPDATE ingredients SET name = $3
            WHERE id = $1 AND tenant_id = $2 RETURNING ${INGREDIENT}`,
          [id, tenantId, name],
        ),
      );
      return row && toIngredient(row);
    },

    async archiveIngredient(tenantId, id, at) {
      const [row] = await db.query<IngredientRow>(
        `UPDATE ingredients SET archived_at = coalesce(archived_at, $3)
          WHERE id = $1 AND tenant_id = $2 RETURNING ${INGREDIENT}`,
        [id, tenantId, at],
      );
      return row && toIngredient(row);
    },

    async recipesUsing(ingredientId) {
      const [row] = await db.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM recipes WHERE ingredient_id = $1',
        [ingredientId],
      );
      return row?.n ?? 0;
    },

    async productTenant(productId) {
      const [row] = await db.query<{ tenant_id: string }>(
        'SELECT tenant_id FROM products WHERE id = $1',
        [productId],
      );
      return row?.tenant_id;
    },

    async recipeOf(productId, tenantId) {
      const rows = await db.query<{ id: string; name: string; unit: StockUnit; quantity: string }>(
        `SELECT i.id, i.name, i.unit, r.quantity::text AS quantity
           FROM recipes r JOIN ingredients i ON i.id = r.ingredient_id
          WHERE r.product_id = $1 AND i.tenant_id = $2
          ORDER BY i.name, i.id`,
        [productId, tenantId],
      );
      return rows.map((r) => ({
        ingredientId: r.id,
        name: r.name,
        unit: r.unit,
        quantity: milliFromText(r.quantity),
      }));
    },

    async lockActiveIngredients(tenantId, ids) {
      const rows = await db.query<{ id: string }>(
        `SELECT id FROM ingredients
          WHERE id = ANY($1::uuid[]) AND tenant_id = $2 AND archived_at IS NULL
          ORDER BY id FOR SHARE`,
        [ids, tenantId],
      );
      return new Set(rows.map((r) => r.id));
    },

    async replaceRecipe(productId, items) {
      // Two replacements of one recipe at once would otherwise collide on its primary key.
      await db.query('SELECT pg_advisory_xact_lock(hashtextextended($1::text, 0))', [
        `recipe:${productId}`,
      ]);
      await db.query('DELETE FROM recipes WHERE product_id = $1', [productId]);
      await db.query(
        `INSERT INTO recipes (product_id, ingredient_id, quantity)
         SELECT $1::uuid, * FROM unnest($2::uuid[], $3::numeric[])`,
        [productId, items.map((i) => i.ingredientId), items.map((i) => milliToText(i.quantity))],
      );
    },

    async portionsOf(tenantId, productIds) {
      const rows = await db.query<{ product_id: string; ingredient_id: string; quantity: string }>(
        `SELECT r.product_id, r.ingredient_id, r.quantity::text AS quantity
           FROM recipes r JOIN ingredients i ON i.id = r.ingredient_id
          WHERE r.product_id = ANY($1::uuid[]) AND i.tenant_id = $2`,
        [productIds, tenantId],
      );
      const recipes = new Map<string, RecipePortion[]>();
      for (const r of rows) {
        const portions = recipes.get(r.product_id) ?? [];
        portions.push({ ingredientId: r.ingredient_id, quantity: milliFromText(r.quantity) });
        recipes.set(r.product_id, portions);
      }
      return recipes;
    },
  };
}
