import {
  AppError,
  ConflictError,
  NotFoundError,
  RuleViolationError,
  UnavailableError,
  ValidationError,
} from './errors';

const fields = [{ field: 'lines.0.quantity', message: 'Too small: expected number to be >=1' }];

describe('AppError family', () => {
  it.each([
    ['ValidationError', new ValidationError(fields), 'validation-failed', 400, false],
    ['NotFoundError', new NotFoundError('Order 7'), 'not-found', 404, false],
    [
      'ConflictError',
      new ConflictError('order-closed', 'The order is closed'),
      'order-closed',
      409,
      true,
    ],
    ['RuleViolationError', new RuleViolationError('too-late', 'Too late'), 'too-late', 422, false],
    [
      'UnavailableError',
      new UnavailableError('Postgres is down'),
      'service-unavailable',
      503,
      true,
    ],
  ])(
    'when a %s is raised, then it has its type, status and retryability',
    (name, error, type, status, retryable) => {
      const raised: AppError = error;

      expect(raised).toBeInstanceOf(AppError);
      expect(raised).toBeInstanceOf(Error);
      expect(raised.name).toBe(name);
      expect(raised.type).toBe(type);
      expect(raised.status).toBe(status);
      expect(raised.retryable).toBe(retryable);
    },
  );

  it.each([
    [400, false],
    [404, false],
    [422, false],
    [499, false],
    [500, true],
    [502, true],
    [503, true],
  ])(
    'when an AppError with status %i says nothing about retries, then retryable is %s',
    (status, retryable) => {
      const error = new AppError('some-problem', status, 'Something');

      expect(error.retryable).toBe(retryable);
    },
  );

  it.each([
    [500, false],
    [400, true],
  ])('when an AppError with status %i says retryable %s, then that wins', (status, retryable) => {
    const error = new AppError('some-problem', status, 'Something', { retryable });

    expect(error.retryable).toBe(retryable);
  });

  it('when an AppError wraps a cause with fields, then message, fields and cause are kept', () => {
    const cause = new Error('socket hang up');

    const error = new AppError('upstream-failed', 502, 'The payment provider failed', {
      fields,
      cause,
    });

    expect(error.message).toBe('The payment provider failed');
    expect(error.fields).toEqual(fields);
    expect(error.cause).toBe(cause);
    expect(error.name).toBe('AppError');
  });

  it('when a ValidationError is raised, then it keeps each field and takes a custom message and type', () => {
    const error = new ValidationError(
      fields,
      'An Idempotency-Key is required',
      'idempotency-key-missing',
    );

    expect(error.fields).toEqual(fields);
    expect(error.message).toBe('An Idempotency-Key is required');
    expect(error.type).toBe('idempotency-key-missing');
    expect(error.status).toBe(400);
  });

  it('when a NotFoundError names what is missing, then the message says so', () => {
    const error = new NotFoundError('Order 01934f6e', 'order-not-found');

    expect(error.message).toBe('Order 01934f6e was not found');
    expect(error.type).toBe('order-not-found');
    expect(error.fields).toBeUndefined();
  });

  it('when a RuleViolationError names fields, then they are kept', () => {
    const error = new RuleViolationError('product-unavailable', 'Sold out', fields);

    expect(error.fields).toEqual(fields);
    expect(error.message).toBe('Sold out');
  });

  it('when an UnavailableError wraps a cause, then the cause is kept', () => {
    const cause = new Error('ECONNREFUSED');

    const error = new UnavailableError('RabbitMQ is unreachable', cause);

    expect(error.cause).toBe(cause);
    expect(error.message).toBe('RabbitMQ is unreachable');
  });

  it('when a domain error extends a family, then its own name shows and the family rules apply', () => {
    class OrderClosedError extends ConflictError {
      constructor() {
        super('order-closed', 'The order is already paid');
      }
    }

    const error = new OrderClosedError();

    expect(error.name).toBe('OrderClosedError');
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.status).toBe(409);
    expect(error.retryable).toBe(true);
  });
});
