import type { UpdateTableRequest } from '@brigade/contracts';
import type { Actor } from '@brigade/core';
import type { OrdersDeps } from '../ports';
import { DiningAreaNotFoundError } from './floor.errors';
import { accessibleArea, accessibleTable, requireFloorManager } from './floor-access';
import { appendLayoutChange } from './floor-feed';
import type { FloorTable } from './layout';

/** Moves, renumbers or resizes a table; it stays at its location. */
export async function updateTable(
  deps: OrdersDeps,
  caller: Actor,
  tableId: string,
  changes: UpdateTableRequest,
): Promise<FloorTable> {
  requireFloorManager(caller);
  return deps.transaction(async () => {
    const table = await accessibleTable(deps, caller, tableId, true);
    if (changes.areaId !== undefined) {
      const area = await accessibleArea(deps, caller, changes.areaId, 'areaId');
      if (area.locationId !== table.locationId) throw new DiningAreaNotFoundError('areaId');
    }
    const updated = await deps.tableSessions.layout.updateTable(tableId, changes);
    await appendLayoutChange(deps, updated, 'table.updated', tableId, { ...changes });
    return updated;
  });
}
