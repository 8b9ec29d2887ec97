import { ForbiddenError, requireRole, type Actor, type Role, type StaffActor } from '@brigade/core';
import { AdminBoundToLocationsError } from './management.errors';

/** The roles a manager hands out and manages: the floor and kitchen team. */
export const TEAM_ROLES: readonly Role[] = ['waiter', 'cashier', 'kitchen'];

export const isAdmin = (actor: Actor) => actor.kind === 'staff' && actor.roles.includes('admin');

/** 403 for a storefront: the management API is for staff. */
export function asStaffActor(actor: Actor): StaffActor {
  if (actor.kind !== 'staff') throw new ForbiddenError('This is for staff, not storefronts');
  return actor;
}

/** The caller's locations as a list filter; null for every location. */
export const locationScope = (actor: Actor): string[] | null =>
  actor.locationIds === 'all' ? null : actor.locationIds;

/** Whether the caller acts for every one of `locationIds` (null: all of the tenant's). */
export function covers(actor: Actor, locationIds: string[] | null): boolean {
  if (actor.locationIds === 'all') return true;
  const own = actor.locationIds;
  return locationIds !== null && locationIds.every((id) => own.includes(id));
}

/** Colleagues a caller may see: tenant-wide staff and those sharing one of their locations. */
export function canSeeUser(actor: Actor, user: { locationIds: string[] | null }): boolean {
  if (actor.locationIds === 'all' || user.locationIds === null) return true;
  const own = actor.locationIds;
  return user.locationIds.some((id) => own.includes(id));
}

/**
 * 403 unless the caller may manage users like these (as they are and as they will be):
 * admins manage everyone; a manager manages the team roles at their own locations.
 */
export function assertMayManageStaff(
  actor: StaffActor,
  ...users: { roles: Role[]; locationIds: string[] | null }[]
): void {
  if (isAdmin(actor)) return;
  requireRole(actor, 'manager');
  if (users.some((u) => u.roles.some((r) => !TEAM_ROLES.includes(r)))) {
    throw new ForbiddenError('A manager manages waiters, cashiers and kitchen staff only');
  }
  if (users.some((u) => !covers(actor, u.locationIds))) {
    throw new ForbiddenError('A manager manages the staff of their own locations only');
  }
}

/** Admins act for every location: binding one to some makes no sense. */
export function assertAdminTenantWide(user: { roles: Role[]; locationIds: string[] | null }): void {
  if (user.roles.includes('admin') && user.locationIds !== null) {
    throw new AdminBoundToLocationsError();
  }
}
