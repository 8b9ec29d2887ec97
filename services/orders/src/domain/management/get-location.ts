import { canAccess, type Actor } from '@brigade/core';
import { LocationNotFoundError } from '../orders/order.errors';
import type { OrdersDeps } from '../ports';
import type { ManagedLocation } from './ports';

/** Another tenant's location, or one the caller does not act for, answers like a missing one. */
export async function getLocation(
  deps: OrdersDeps,
  actor: Actor,
  locationId: string,
): Promise<ManagedLocation> {
  const location = await deps.management.locations.find(actor.tenantId, locationId);
  if (!location || !canAccess(actor, { tenantId: location.tenantId, locationId })) {
    throw new LocationNotFoundError();
  }
  return location;
}
