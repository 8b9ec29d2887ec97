import { ForbiddenError, requireRole, ROLES, type Actor } from '@brigade/core';

/** Any member of staff reads the catalog; storefronts read `GET /v1/menu` only. */
export function assertMayReadCatalog(actor: Actor): void {
  requireRole(actor, ...ROLES);
}

/**
 * A manager (or admin) changes the catalog; a change reaching `locationIds` (null: every
 * location, as for a product or category) needs one who acts for all of them.
 */
export function assertMayEditCatalog(actor: Actor, locationIds: string[] | null = null): void {
  requireRole(actor, 'manager');
  const own = actor.locationIds;
  if (own === 'all') return;
  if (locationIds === null || locationIds.some((id) => !own.includes(id))) {
    throw new ForbiddenError('This changes the menu of locations you do not manage');
  }
}

/** A cook who runs out, or a waiter told so, 86es an item: not only managers. */
export function assertMaySnooze(actor: Actor): void {
  requireRole(actor, 'waiter', 'kitchen', 'manager');
}
