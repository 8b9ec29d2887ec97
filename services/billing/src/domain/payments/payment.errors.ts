import { AppError, ConflictError, RuleViolationError } from '@brigade/core';

/** Mollie could not be reached or answered 5xx: nothing is lost, the same call may be retried. */
export class ProviderUnavailableError extends AppError {
  constructor(detail: string) {
    super('payment-provider-unavailable', 502, `The payment provider is unavailable: ${detail}`, {
      retryable: true,
    });
  }
}

export const billNotOpen = (status: string) =>
  new ConflictError('bill-not-open', `The bill is ${status}; it takes no payments`);

export const idempotencyKeyReused = () =>
  new RuleViolationError(
    'idempotency-key-reused',
    'This Idempotency-Key was used for a different request',
  );
