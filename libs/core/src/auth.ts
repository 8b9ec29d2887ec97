import type { Channel } from '@brigade/contracts';
import { ForbiddenError, NotFoundError } from './errors';

export const ROLES = ['waiter', 'cashier', 'manager', 'kitchen', 'operator', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** A storefront (QR page, kiosk, web shop, marketplace bridge) calling with its API key. */
export interface StorefrontActor {
  kind: 'storefront';
  tenantId: string;
  apiKeyId: string;
  /** The locations the key may order for. */
  locationIds: string[];
  /** Orders placed with this key come from this channel. */
  channel: Channel;
}

/** A signed-in member of staff. */
export interface StaffActor {
  kind: 'staff';
  tenantId: string;
  userId: string;
  roles: Role[];
  /** The locations the user works at; `all` for tenant-wide roles. */
  locationIds: string[] | 'all';
}

/** Who is calling; every use case that reads or changes tenant data takes one. */
export type Actor = StorefrontActor | StaffActor;

/** 403 unless the caller is staff with one of `roles` (admins may do everything). */
export function requireRole(actor: Actor, ...roles: Role[]): void {
  if (actor.kind !== 'staff' || !actor.roles.some((r) => r === 'admin' || roles.includes(r))) {
    throw new ForbiddenError(`This needs the role ${roles.join(' or ')}`);
  }
}

/** Whether the thing belongs to the caller's tenant and to a location they may act for. */
export function canAccess(actor: Actor, owner: { tenantId: string; locationId: string }): boolean {
  const inLocation = actor.locationIds === 'all' || actor.locationIds.includes(owner.locationId);
  return owner.tenantId === actor.tenantId && inLocation;
}

/** 404 for another tenant's or location's thing, exactly as if it did not exist. */
export function assertAccess(
  actor: Actor,
  owner: { tenantId: string; locationId: string },
  what: string,
): void {
  if (!canAccess(actor, owner)) throw new NotFoundError(what);
}

/** A stable name for the caller, e.g. to scope idempotency keys per client. */
export function actorKey(actor: Actor): string {
  return actor.kind === 'storefront' ? `apikey:${actor.apiKeyId}` : `user:${actor.userId}`;
}
