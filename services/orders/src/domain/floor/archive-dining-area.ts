import type { Actor } from '@brigade/core';
import type { OrdersDeps } from '../ports';
import { accessibleArea, requireFloorManager } from './floor-access';
import { appendLayoutChange } from './floor-feed';

/** Only an empty area goes: its tables must be moved or archived first. */
export async function archiveDiningArea(
  deps: OrdersDeps,
  caller: Actor,
  areaId: string,
): Promise<{ id: string; archivedAt: Date }> {
  requireFloorManager(caller);
  return deps.transaction(async () => {
    const area = await accessibleArea(deps, caller, areaId);
    const archivedAt = deps.clock.now();
    await deps.tableSessions.layout.archiveArea(areaId, archivedAt);
    await appendLayoutChange(deps, area, 'dining-area.archived', area.id);
    return { id: areaId, archivedAt };
  });
}
