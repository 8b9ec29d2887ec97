import { canAccess, NotFoundError, type Actor, type StaffActor } from '@brigade/core';
import type { KitchenDeps } from '../ports';
import type { Station } from '../routing/station';

const SCREEN = 'screen:';

/**
 * What a station's screen acts as once its key checks out: kitchen staff of the station's
 * location, named after the station, so it can work its own tickets and nothing else.
 */
export function screenActor(station: Station): StaffActor {
  return {
    kind: 'staff',
    tenantId: station.tenantId,
    userId: `${SCREEN}${station.code}`,
    roles: ['kitchen'],
    locationIds: [station.locationId],
  };
}

/** Whether the caller may work at the station `code` of this location. */
export function mayActAt(
  caller: Actor,
  place: { tenantId: string; locationId: string },
  code: string,
): boolean {
  if (!canAccess(caller, place)) return false;
  if (caller.kind !== 'staff' || !caller.userId.startsWith(SCREEN)) return true;
  return caller.userId === `${SCREEN}${code}`;
}

/** The station, unless the caller may not see it (404, as if it did not exist). */
export async function stationFor(
  deps: KitchenDeps,
  caller: Actor,
  stationId: string,
): Promise<Station> {
  const station = await deps.stations.find(stationId);
  if (!station || !mayActAt(caller, station, station.code)) throw new NotFoundError('The station');
  return station;
}
