import type { KitchenDeps } from '../ports';
import { announceHealth } from './station-health';

/**
 * Online stations none of whose screens and printers was heard from for `offlineAfterMs`
 * turn offline, announced once: each is locked (others' locks skipped), so two instances
 * running the watch never announce one station twice. Their tickets stay queued.
 */
export async function markSilentStationsOffline(
  deps: KitchenDeps,
  offlineAfterMs: number,
): Promise<number> {
  return deps.transaction(async () => {
    const now = deps.clock.now();
    const silent = await deps.stations.lockSilent(new Date(now.getTime() - offlineAfterMs), 100);
    for (const station of silent) {
      await deps.stations.setHealth(station.id, 'offline', now);
      await announceHealth(deps, { ...station, health: 'offline' }, 'online', now);
    }
    return silent.length;
  });
}
