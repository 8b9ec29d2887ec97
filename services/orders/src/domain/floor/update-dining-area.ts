import type { UpdateDiningAreaRequest } from '@brigade/contracts';
import type { Actor } from '@brigade/core';
import type { OrdersDeps } from '../ports';
import { accessibleArea, requireFloorManager } from './floor-access';
import { appendLayoutChange } from './floor-feed';
import type { DiningArea } from './layout';

export async function updateDiningArea(
  deps: OrdersDeps,
  caller: Actor,
  areaId: string,
  changes: UpdateDiningAreaRequest,
): Promise<DiningArea> {
  requireFloorManager(caller);
  return deps.transaction(async () => {
    await accessibleArea(deps, caller, areaId);
    const area = await deps.tableSessions.layout.updateArea(areaId, changes);
    await appendLayoutChange(deps, area, 'dining-area.updated', area.id, { ...changes });
    return area;
  });
}
