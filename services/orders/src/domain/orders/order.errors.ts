import { NotFoundError, RuleViolationError } from '@brigade/core';

const lineFields = (indexes: number[], message: string) =>
  indexes.map((i) => ({ field: `lines.${i}.productId`, message }));

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

export class ProductNotFoundError extends RuleViolationError {
  constructor(lineIndexes: number[]) {
    super(
      'product-not-found',
      'Some products are not on this location’s menu',
      lineFields(lineIndexes, 'not on the menu'),
    );
  }
}

export class ProductUnavailableError extends RuleViolationError {
  constructor(lineIndexes: number[]) {
    super(
      'product-unavailable',
      'Some products are not available now',
      lineFields(lineIndexes, 'not available now'),
    );
  }
}

export class ChannelMismatchError extends RuleViolationError {
  constructor(keyChannel: string) {
    super('channel-mismatch', `This API key places orders for the ${keyChannel} channel`, [
      { field: 'channel', message: `must be ${keyChannel} for this API key` },
    ]);
  }
}
