import type { StockLine } from './ports';
import type { LockedLevel, Milli, RecipePortion, StockMovement } from './stock';

/** What fired lines take of one ingredient, and which lines take how much. */
export interface IngredientNeed {
  ingredientId: string;
  amount: Milli;
  lines: { lineId: string; field: string; units: number; amount: Milli }[];
}

export interface Shortage {
  level: LockedLevel;
  need: IngredientNeed;
}

/** Recipe × quantity of every line, summed per ingredient (in ingredient-id order). */
export function needsOf(
  lines: StockLine[],
  recipes: Map<string, RecipePortion[]>,
): IngredientNeed[] {
  const needs = new Map<string, IngredientNeed>();
  for (const line of lines) {
    for (const portion of recipes.get(line.productId) ?? []) {
      const amount = portion.quantity * line.quantity;
      const need = needs.get(portion.ingredientId) ?? {
        ingredientId: portion.ingredientId,
        amount: 0,
        lines: [],
      };
      need.amount += amount;
      need.lines.push({ lineId: line.lineId, field: line.field, units: line.quantity, amount });
      needs.set(portion.ingredientId, need);
    }
  }
  return [...needs.values()].sort((a, b) => (a.ingredientId < b.ingredientId ? -1 : 1));
}

/** The tracked ingredients the needs would take below zero; untracked ones never are. */
export function shortagesOf(needs: IngredientNeed[], levels: Map<string, LockedLevel>): Shortage[] {
  return needs.flatMap((need) => {
    const level = levels.get(need.ingredientId);
    return level && level.onHand - need.amount < 0 ? [{ level, need }] : [];
  });
}

/** From above the threshold to at or below it: the moment to alert, once per crossing. */
export function crossesThreshold(before: Milli, after: Milli, threshold: Milli | null): boolean {
  return threshold !== null && before > threshold && after <= threshold;
}

/** The movements summed per ingredient: what each level moves by. */
export function deltasOf(movements: StockMovement[]): { ingredientId: string; delta: Milli }[] {
  const sums = new Map<string, Milli>();
  for (const m of movements) sums.set(m.ingredientId, (sums.get(m.ingredientId) ?? 0) + m.delta);
  return [...sums].map(([ingredientId, delta]) => ({ ingredientId, delta }));
}
