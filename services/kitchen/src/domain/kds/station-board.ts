import type { Actor } from '@brigade/core';
import type { KitchenDeps } from '../ports';
import { stationFor } from './station-access';

/** How many bumped tickets a screen offers to recall. */
const RECALLABLE = 10;

/** What a station's screen shows: open tickets, the last ones bumped, all-day counts. */
export async function stationBoard(deps: KitchenDeps, caller: Actor, stationId: string) {
  const station = await stationFor(deps, caller, stationId);
  const [tickets, recentlyBumped, allDay] = await Promise.all([
    deps.tickets.openAt(station.locationId, station.code),
    deps.tickets.recentlyBumped(station.locationId, station.code, RECALLABLE),
    deps.tickets.allDay(station.locationId, station.code),
  ]);
  return { station, tickets, recentlyBumped, allDay };
}
