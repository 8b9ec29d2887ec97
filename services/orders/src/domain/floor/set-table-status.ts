import type { SetTableStatusRequest } from '@brigade/contracts';
import type { Actor } from '@brigade/core';
import type { OrdersDeps } from '../ports';
import { TableSessionOpenError, TableStatusTransitionError } from './floor.errors';
import { accessibleTable, requireFloorService } from './floor-access';
import type { FloorTable } from './layout';
import { staffStatusChange } from './table-status';

/**
 * Staff reserve, free or flag a table as dirty. A table with guests is left alone: its
 * status follows its session.
 */
export async function setTableStatus(
  deps: OrdersDeps,
  caller: Actor,
  tableId: string,
  { status }: SetTableStatusRequest,
): Promise<FloorTable> {
  requireFloorService(caller);
  return deps.transaction(async () => {
    const table = await accessibleTable(deps, caller, tableId, true);
    if (await deps.tableSessions.findOpenAtTable(tableId)) {
      throw new TableSessionOpenError(`close it before the table can be ${status}`);
    }
    const change = staffStatusChange(table.status, status);
    if (change === 'refused') throw new TableStatusTransitionError(table.status, status);
    if (change === 'same') return table;
    await deps.tableSessions.layout.setStatus(tableId, status);
    return { ...table, status };
  });
}
