import { ConflictError, ForbiddenError, NotFoundError, type FieldIssue } from '@brigade/core';

/** A 404 that names the field carrying the id, when the id came in a body or query. */
class ReferenceNotFoundError extends NotFoundError {
  constructor(
    what: string,
    type: string,
    private readonly field?: string,
  ) {
    super(what, type);
  }
  override get fields(): FieldIssue[] | undefined {
    return this.field ? [{ field: this.field, message: 'not found' }] : undefined;
  }
}

export class FloorLocationNotFoundError extends ReferenceNotFoundError {
  constructor(field?: string) {
    super('The location', 'location-not-found', field);
  }
}

export class DiningAreaNotFoundError extends ReferenceNotFoundError {
  constructor(field?: string) {
    super('The dining area', 'dining-area-not-found', field);
  }
}

export class TableNotFoundError extends NotFoundError {
  constructor() {
    super('The table', 'table-not-found');
  }
}

export class TableSessionNotFoundError extends NotFoundError {
  constructor() {
    super('The table session', 'table-session-not-found');
  }
}

export class DiningAreaNameTakenError extends ConflictError {
  constructor(name: string) {
    super('dining-area-name-taken', `This location already has a dining area named "${name}"`);
  }
}

export class DiningAreaNotEmptyError extends ConflictError {
  constructor() {
    super(
      'dining-area-not-empty',
      'Tables still stand in this dining area: move or archive them first',
    );
  }
}

export class TableNumberTakenError extends ConflictError {
  constructor(num: string) {
    super('table-number-taken', `This location already has a table number ${num}`);
  }
}

export class TableStatusTransitionError extends ConflictError {
  constructor(from: string, to: string) {
    super('table-status-transition', `A table that is ${from} cannot be made ${to}`);
  }
}

/** The table has guests: staff cannot free, reserve, archive or reopen on it now. */
export class TableSessionOpenError extends ConflictError {
  constructor(what: string) {
    super('table-session-open', `The table has an open session: ${what}`);
  }
}

export class TableSessionHasOpenTabError extends ConflictError {
  constructor(order: { id: string; orderNumber: number }) {
    super(
      'table-session-has-open-tab',
      `Order ${order.orderNumber} (${order.id}) is neither paid nor cancelled: settle it before closing the session`,
    );
  }
}

export class TableSessionClosedError extends ConflictError {
  constructor() {
    super('table-session-closed', 'The table session is closed');
  }
}

export class TableSessionNotClosedError extends ConflictError {
  constructor() {
    super('table-session-not-closed', 'Only a closed table session can be reopened');
  }
}

export class TableSessionMergeError extends ConflictError {
  constructor(why: string) {
    super('table-session-merge', `These sessions cannot be merged: ${why}`);
  }
}

export class JoinChannelError extends ForbiddenError {
  constructor(channel: string) {
    super(`A ${channel} key cannot join a table: only QR and kiosk keys can`, 'forbidden');
  }
}
