import { ConflictError, NotFoundError, RuleViolationError } from '@brigade/core';
import type { Shortage } from './deduction';
import { formatQuantity } from './quantity';

/** Fired lines would take a tracked ingredient below zero at a location that blocks. */
export class InsufficientStockError extends RuleViolationError {
  constructor(shortages: Shortage[]) {
    super(
      'insufficient-stock',
      `Not enough ${shortages.map((s) => s.level.name).join(', ')} in stock for this order`,
      shortages.flatMap(({ level, need }) => {
        const needed = formatQuantity(need.amount, level.unit);
        const onHand = formatQuantity(level.onHand, level.unit);
        const message = `short of ${level.name}: needs ${needed}, ${onHand} on hand`;
        return need.lines.map((line) => ({ field: line.field, message }));
      }),
    );
  }
}

export class IngredientNotFoundError extends NotFoundError {
  constructor() {
    super('The ingredient');
  }
}

export class ProductNotFoundError extends NotFoundError {
  constructor() {
    super('The product');
  }
}

/** Ingredients a body refers to that are not the tenant's (or are archived). */
export class UnknownIngredientsError extends RuleViolationError {
  constructor(fields: string[]) {
    super(
      'ingredient-not-found',
      'Some ingredients are not among your active ingredients',
      fields.map((field) => ({ field, message: 'no such active ingredient' })),
    );
  }
}

export class IngredientNameTakenError extends ConflictError {
  constructor(name: string) {
    super('ingredient-name-taken', `An active ingredient is already named ${name}`);
  }
}

export class IngredientInUseError extends ConflictError {
  constructor(recipes: number) {
    super(
      'ingredient-in-use',
      `The ingredient is in ${recipes} recipe(s); take it out of them before archiving it`,
    );
  }
}

/** Waste of an ingredient the location does not track: receive or count it there first. */
export class StockNotTrackedError extends RuleViolationError {
  constructor() {
    super('stock-not-tracked', 'The ingredient is not tracked at this location', [
      { field: 'ingredientId', message: 'not tracked here; receive or count it first' },
    ]);
  }
}

/** Thresholds belong to tracked stock: receive or count the ingredient there first. */
export class StockLevelNotFoundError extends NotFoundError {
  constructor() {
    super('The ingredient’s stock at this location');
  }
}

/** Another tenant's location, or one a location-bound user does not work at, answers alike. */
export class StockLocationNotFoundError extends NotFoundError {
  constructor() {
    super('The location', 'location-not-found');
  }
}
