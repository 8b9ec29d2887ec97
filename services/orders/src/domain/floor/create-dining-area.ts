import type { CreateDiningAreaRequest } from '@brigade/contracts';
import type { Actor } from '@brigade/core';
import type { OrdersDeps } from '../ports';
import { accessibleLocation, requireFloorManager } from './floor-access';
import { appendLayoutChange } from './floor-feed';
import type { DiningArea } from './layout';

export async function createDiningArea(
  deps: OrdersDeps,
  caller: Actor,
  input: CreateDiningAreaRequest,
): Promise<DiningArea> {
  requireFloorManager(caller);
  const location = await accessibleLocation(deps, caller, input.locationId, 'locationId');
  const area: DiningArea = {
    id: deps.newId(),
    tenantId: location.tenantId,
    locationId: location.id,
    name: input.name,
    position: input.position,
    createdAt: deps.clock.now(),
  };
  return deps.transaction(async () => {
    await deps.tableSessions.layout.insertArea(area);
    await appendLayoutChange(deps, area, 'dining-area.created', area.id, { name: area.name });
    return area;
  });
}
