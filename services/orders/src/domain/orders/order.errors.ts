import { AppError, NotFoundError, RuleViolationError } from '@brigade/core';

export class LocationNotFoundError extends NotFoundError {
  constructor() {
    super('The location', 'location-not-found');
  }
}

export class OrderNotFoundError extends NotFoundError {
  constructor() {
    super('The order');
  }
}

export class ChannelMismatchError extends RuleViolationError {
  constructor(keyChannel: string) {
    super('channel-mismatch', `This API key places orders for the ${keyChannel} channel`, [
      { field: 'channel', message: `must be ${keyChannel} for this API key` },
    ]);
  }
}

/** 409, final: a paid or cancelled order never changes again. */
export class OrderClosedError extends AppError {
  constructor(status: string) {
    super('order-closed', 409, `The order is ${status}; it cannot change any more`);
  }
}

export class LineNotFoundError extends RuleViolationError {
  constructor(field: string) {
    super('line-not-found', 'Some lines are not on this order', [
      { field, message: 'not a line of this order' },
    ]);
  }
}

export class LineStateError extends RuleViolationError {
  constructor(field: string, message: string) {
    super('line-state-invalid', 'A line cannot change this way now', [{ field, message }]);
  }
}

export class TableSessionNotFoundError extends RuleViolationError {
  constructor(field: string) {
    super('table-session-not-found', 'No open table session matches', [
      { field, message: 'no open table session here' },
    ]);
  }
}

export class TableNotFoundError extends RuleViolationError {
  constructor(field: string) {
    super('table-not-found', 'The table is not at this location', [
      { field, message: 'no such table at this location' },
    ]);
  }
}

export class TooManyLinesError extends RuleViolationError {
  constructor(max: number) {
    super('order-too-large', `An order holds at most ${max} lines`, [
      { field: 'lines', message: `the order would have more than ${max} lines` },
    ]);
  }
}

export class OrderMergeInvalidError extends RuleViolationError {
  constructor(field: string, message: string) {
    super('order-merge-invalid', 'These orders cannot be merged', [{ field, message }]);
  }
}
