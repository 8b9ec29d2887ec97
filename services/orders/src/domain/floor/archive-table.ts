import type { Actor } from '@brigade/core';
import type { OrdersDeps } from '../ports';
import { TableSessionOpenError } from './floor.errors';
import { accessibleTable, requireFloorManager } from './floor-access';
import { appendLayoutChange } from './floor-feed';

/** Takes a table off the floor; its sessions and orders keep pointing at it. */
export async function archiveTable(
  deps: OrdersDeps,
  caller: Actor,
  tableId: string,
): Promise<{ id: string; archivedAt: Date }> {
  requireFloorManager(caller);
  return deps.transaction(async () => {
    const table = await accessibleTable(deps, caller, tableId, true);
    if (await deps.tableSessions.findOpenAtTable(tableId)) {
      throw new TableSessionOpenError('close it before taking the table away');
    }
    const archivedAt = deps.clock.now();
    await deps.tableSessions.layout.archiveTable(tableId, archivedAt);
    await appendLayoutChange(deps, table, 'table.archived', tableId, { number: table.number });
    return { id: tableId, archivedAt };
  });
}
