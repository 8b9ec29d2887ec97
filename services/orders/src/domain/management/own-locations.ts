import type { Actor } from '@brigade/core';
import type { OrdersDeps } from '../ports';
import { covers } from './access';
import { UnknownLocationsError } from './management.errors';

/** 422 naming `<field>.<i>` for each id that is not a location of the tenant the caller acts for. */
export async function assertOwnLocations(
  deps: OrdersDeps,
  actor: Actor,
  field: string,
  locationIds: string[] | null,
): Promise<void> {
  if (locationIds === null) return;
  const known = await deps.management.locations.existing(actor.tenantId, locationIds);
  const unknown = locationIds.flatMap((id, i) => (known.has(id) && covers(actor, [id]) ? [] : [i]));
  if (unknown.length > 0) throw new UnknownLocationsError(field, unknown);
}
