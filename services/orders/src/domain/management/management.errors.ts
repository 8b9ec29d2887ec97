import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  RuleViolationError,
  UnauthenticatedError,
} from '@brigade/core';

export class ProvisioningKeyInvalidError extends UnauthenticatedError {
  constructor() {
    super('Onboarding needs the platform’s X-Provisioning-Key header', 'provisioning-key-invalid');
  }
}

export class ApiKeyNotFoundError extends NotFoundError {
  constructor() {
    super('The API key');
  }
}

export class StaffUserNotFoundError extends NotFoundError {
  constructor() {
    super('The user');
  }
}

/** Named `<field>.<i>` for each id that is not one of the caller's locations. */
export class UnknownLocationsError extends RuleViolationError {
  constructor(field: string, indexes: number[]) {
    super(
      'unknown-location',
      'Some locations are not locations you may act for',
      indexes.map((i) => ({ field: `${field}.${i}`, message: 'not a location of yours' })),
    );
  }
}

export class EmailTakenError extends ConflictError {
  constructor() {
    super('email-taken', 'A member of staff of this business already has this email');
  }
}

export class AdminBoundToLocationsError extends RuleViolationError {
  constructor() {
    super('admin-bound-to-locations', 'An admin acts for every location', [
      { field: 'locationIds', message: 'must be null for an admin' },
    ]);
  }
}

export class LastAdminError extends RuleViolationError {
  constructor(field: 'roles' | 'disabled') {
    super('last-admin', 'The business would be left without an admin', [
      { field, message: 'the last admin must stay an enabled admin' },
    ]);
  }
}

export class CurrentPasswordWrongError extends RuleViolationError {
  constructor() {
    super('current-password-wrong', 'The current password is not right', [
      { field: 'currentPassword', message: 'not your current password' },
    ]);
  }
}

/** 403, not 401: the waiter's own session on the device stays valid. */
export class ApprovalSignInFailedError extends ForbiddenError {
  constructor() {
    super('Wrong email or password', 'approval-sign-in-failed');
  }
}

export class ApproverNotManagerError extends ForbiddenError {
  constructor() {
    super('Only a manager or an admin can approve this', 'approver-not-manager');
  }
}
