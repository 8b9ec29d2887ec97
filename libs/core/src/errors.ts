/** A field that failed validation, named by its path. */
export interface FieldIssue {
  field: string;
  message: string;
}

/**
 * The one error family of Brigade. `type` is a stable slug (problem+json `type`),
 * `retryable: false` sends a message to the dead letters at once and fails a job for good.
 */
export class AppError extends Error {
  constructor(
    readonly type: string,
    readonly status: number,
    message: string,
    readonly options: { retryable?: boolean; fields?: FieldIssue[]; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = new.target.name;
  }
  get retryable(): boolean {
    return this.options.retryable ?? this.status >= 500;
  }
  get fields(): FieldIssue[] | undefined {
    return this.options.fields;
  }
}

/** 400: the input is malformed; names each bad field. */
export class ValidationError extends AppError {
  constructor(
    fields: FieldIssue[],
    message = 'The request is not valid',
    type = 'validation-failed',
  ) {
    super(type, 400, message, { fields });
  }
}

/** 401: who is calling is unknown, or their credential is not valid (any more). */
export class UnauthenticatedError extends AppError {
  constructor(message = 'Authentication is required', type = 'unauthenticated') {
    super(type, 401, message);
  }
}

/** 403: known caller, not allowed to do this (a role or a manager's approval is missing). */
export class ForbiddenError extends AppError {
  constructor(message: string, type = 'forbidden') {
    super(type, 403, message);
  }
}

/** 404: not there, or not yours (another tenant's id answers exactly the same). */
export class NotFoundError extends AppError {
  constructor(what: string, type = 'not-found') {
    super(type, 404, `${what} was not found`);
  }
}

/** 409: the current state forbids it now; may succeed later. */
export class ConflictError extends AppError {
  constructor(type: string, message: string) {
    super(type, 409, message, { retryable: true });
  }
}

/** 422: well-formed but breaks a business rule. */
export class RuleViolationError extends AppError {
  constructor(type: string, message: string, fields?: FieldIssue[]) {
    super(type, 422, message, { fields });
  }
}

/** 503: a dependency is down; retry later. */
export class UnavailableError extends AppError {
  constructor(message: string, cause?: unknown) {
    super('service-unavailable', 503, message, { retryable: true, cause });
  }
}
