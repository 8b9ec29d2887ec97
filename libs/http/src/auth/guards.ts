import { ForbiddenError, NotFoundError } from '@brigade/core';
import type { Actor, Role } from './actor';

/** 403 unless the caller is staff with one of `roles` (admins may do everything). */
export function requireRole(actor: Actor, ...roles: Role[]): void {
  if (actor.kind !== 'staff' || !actor.roles.some((r) => r === 'admin' || roles.includes(r))) {
    throw new ForbiddenError(`This needs the role ${roles.join(' or ')}`);
  }
}

/**
 * The thing belongs to the caller's tenant and to a location they may act for; otherwise
 * 404, exactly as if it did not exist, so another tenant's ids reveal nothing.
 */
export function assertAccess(
  actor: Actor,
  owner: { tenantId: string; locationId: string },
  what: string,
): void {
  const inLocation = actor.locationIds === 'all' || actor.locationIds.includes(owner.locationId);
  if (owner.tenantId !== actor.tenantId || !inLocation) throw new NotFoundError(what);
}
