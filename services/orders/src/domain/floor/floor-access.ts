import { canAccess, ForbiddenError, requireRole, type Actor, type StaffActor } from '@brigade/core';
import type { OrdersDeps } from '../ports';
import {
  DiningAreaNotFoundError,
  FloorLocationNotFoundError,
  TableNotFoundError,
  TableSessionNotFoundError,
} from './floor.errors';

/** Every member of staff reads the floor; storefronts never do. */
export function requireStaff(caller: Actor): asserts caller is StaffActor {
  if (caller.kind !== 'staff') throw new ForbiddenError('The floor is for staff');
}

/** Changing the layout (areas, tables, QR codes) is for managers. */
export const requireFloorManager = (caller: Actor) => requireRole(caller, 'manager');

/** Seating guests, closing tabs, freeing tables: the service staff. */
export function requireFloorService(caller: Actor): StaffActor {
  requireRole(caller, 'waiter', 'cashier', 'manager');
  return caller as StaffActor;
}

/** The location when the caller works there; 404 naming `field` otherwise. */
export async function accessibleLocation(
  deps: OrdersDeps,
  caller: Actor,
  locationId: string,
  field: string,
) {
  const location = await deps.tableSessions.layout.findLocation(locationId);
  if (!location || !canAccess(caller, { tenantId: location.tenantId, locationId })) {
    throw new FloorLocationNotFoundError(field);
  }
  return { id: locationId, tenantId: location.tenantId };
}

/** The area when it is the caller's (another tenant's answers like a missing one). */
export async function accessibleArea(
  deps: OrdersDeps,
  caller: Actor,
  areaId: string,
  field?: string,
) {
  const area = await deps.tableSessions.layout.findArea(areaId);
  if (!area || !canAccess(caller, area)) throw new DiningAreaNotFoundError(field);
  return area;
}

export async function accessibleTable(
  deps: OrdersDeps,
  caller: Actor,
  tableId: string,
  lock = false,
) {
  const table = await deps.tableSessions.layout.findTable(tableId, lock);
  if (!table || !canAccess(caller, table)) throw new TableNotFoundError();
  return table;
}

export async function accessibleSession(deps: OrdersDeps, caller: Actor, sessionId: string) {
  const session = await deps.tableSessions.find(sessionId);
  if (!session || !canAccess(caller, session)) throw new TableSessionNotFoundError();
  return session;
}
