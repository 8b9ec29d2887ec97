import type { UpdateLocationRequest } from '@brigade/contracts';
import { requireRole, type Actor } from '@brigade/core';
import { LocationNotFoundError } from '../orders/order.errors';
import type { OrdersDeps } from '../ports';
import { getLocation } from './get-location';
import { canonicalTimeZone } from './new-location';
import type { ManagedLocation } from './ports';

/** An admin, or a manager of the location, changes its name, address and settings. */
export async function updateLocation(
  deps: OrdersDeps,
  actor: Actor,
  locationId: string,
  input: UpdateLocationRequest,
): Promise<ManagedLocation> {
  requireRole(actor, 'manager');
  await getLocation(deps, actor, locationId);
  const changes = {
    ...input,
    ...(input.timezone !== undefined && { timezone: canonicalTimeZone(input.timezone) }),
  };
  const updated = await deps.transaction(() =>
    deps.management.locations.update(actor.tenantId, locationId, changes),
  );
  if (!updated) throw new LocationNotFoundError();
  return updated;
}
