import type { CreateLocationRequest } from '@brigade/contracts';
import { requireRole, type Actor } from '@brigade/core';
import type { OrdersDeps } from '../ports';
import { newLocation } from './new-location';
import type { ManagedLocation } from './ports';

/** An admin opens a location; inserting it starts its own order numbers at 1. */
export async function createLocation(
  deps: OrdersDeps,
  actor: Actor,
  input: CreateLocationRequest,
): Promise<ManagedLocation> {
  requireRole(actor, 'admin');
  const location = newLocation(deps.newId(), actor.tenantId, input, deps.clock.now());
  await deps.transaction(() => deps.management.locations.insert(location));
  return location;
}
