import type { KitchenDeps } from '../ports';
import type { StationDevice } from '../routing/ports';
import type { Station } from '../routing/station';
import { announceHealth } from './station-health';

/**
 * A screen or printer of the station is alive: remembered with the time, and a station
 * that was not online is online again (announced once, under the station's lock, however
 * many instances hear heartbeats at once).
 */
export function recordHeartbeat(
  deps: KitchenDeps,
  stationId: string,
  device: StationDevice,
): Promise<Station | undefined> {
  return deps.transaction(async () => {
    const station = await deps.stations.lock(stationId);
    if (!station) return undefined;
    const now = deps.clock.now();
    await deps.stations.touchDevice(station.id, device, now);
    const seen: Station = {
      ...station,
      health: 'online',
      lastSeenAt: station.lastSeenAt && station.lastSeenAt > now ? station.lastSeenAt : now,
    };
    if (station.health !== 'online') {
      await deps.stations.setHealth(station.id, 'online', now);
      await announceHealth(deps, seen, station.health, now);
    }
    return seen;
  });
}
