import { ConflictError, RuleViolationError } from '@brigade/core';

/** An event about an order whose placed event (or opening move) billing has not applied yet. */
export class OrderNotYetKnownError extends ConflictError {
  constructor(orderId: string) {
    super(
      'billable-order-not-yet-known',
      `billing has not seen order ${orderId} yet; its placed event is still on its way`,
    );
  }
}

/**
 * The view does not agree with orders after this event: an earlier change is still on its
 * way (a retried message). Retried, so the earlier one lands first.
 */
export class OrderViewBehindError extends ConflictError {
  constructor(orderId: string, what: string) {
    super(
      'billable-order-behind',
      `order ${orderId}: ${what}; an earlier change is still on its way`,
    );
  }
}

/** The event cannot be about this order (another tenant's, or the wrong aggregate). Never retried. */
export class OrderEventMismatchError extends RuleViolationError {
  constructor(orderId: string, what: string) {
    super('order-event-mismatch', `the event does not fit order ${orderId}: ${what}`);
  }
}
