import { ConflictError, RuleViolationError, type FieldIssue } from '@brigade/core';

/** Why a requested line cannot be sold; the first kind found names the whole error. */
export type LineProblemKind = 'product-not-found' | 'product-unavailable' | 'modifier-invalid';

export interface LineProblem extends FieldIssue {
  kind: LineProblemKind;
}

const SEVERITY: LineProblemKind[] = [
  'product-not-found',
  'product-unavailable',
  'modifier-invalid',
];

const DETAIL: Record<LineProblemKind, string> = {
  'product-not-found': 'Some products are not on this location’s menu',
  'product-unavailable': 'Some products are not available now',
  'modifier-invalid': 'Some modifier choices do not fit their products',
};

/**
 * 422 naming every bad line of an order at once (`lines.2.productId`, `lines.0.modifiers`),
 * typed by the most basic problem among them.
 */
export class OrderLinesRejectedError extends RuleViolationError {
  constructor(problems: LineProblem[]) {
    const kind = SEVERITY.find((k) => problems.some((p) => p.kind === k)) ?? 'modifier-invalid';
    super(
      kind,
      DETAIL[kind],
      problems.map(({ field, message }) => ({ field, message })),
    );
  }
}

export class CategoryNotEmptyError extends ConflictError {
  constructor() {
    super('category-not-empty', 'Products still sit in this category: move or delete them first');
  }
}

/** 422: ids in the body that are not the tenant's (or do not exist), each named. */
export class ReferenceNotFoundError extends RuleViolationError {
  constructor(fields: FieldIssue[]) {
    super('reference-not-found', 'Some ids do not name anything of this tenant', fields);
  }
}

export class ModifierGroupInvalidError extends RuleViolationError {
  constructor(fields: FieldIssue[]) {
    super('modifier-group-invalid', 'The selection limits do not fit the options', fields);
  }
}

export class PriceRuleInvalidError extends RuleViolationError {
  constructor(fields: FieldIssue[]) {
    super('price-rule-invalid', 'The price rule cannot apply as given', fields);
  }
}

export class SnoozeInvalidError extends RuleViolationError {
  constructor(message: string) {
    super('snooze-invalid', 'A snooze ends in the future, at most 7 days ahead', [
      { field: 'until', message },
    ]);
  }
}

export class MenuChannelMismatchError extends RuleViolationError {
  constructor(keyChannel: string) {
    super('channel-mismatch', `This API key reads the menu of the ${keyChannel} channel`, [
      { field: 'query.channel', message: `must be ${keyChannel} for this API key` },
    ]);
  }
}
