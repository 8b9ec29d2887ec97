import type { Actor } from '@brigade/core';
import type { OrdersDeps } from '../ports';
import { accessibleTable, requireFloorManager } from './floor-access';
import { appendLayoutChange } from './floor-feed';
import type { FloorTable } from './layout';

/** A new QR code for the table (a leaked or damaged one): the old token joins nothing any more. */
export async function regenerateQrToken(
  deps: OrdersDeps,
  caller: Actor,
  tableId: string,
): Promise<FloorTable> {
  requireFloorManager(caller);
  return deps.transaction(async () => {
    await accessibleTable(deps, caller, tableId, true);
    const table = await deps.tableSessions.layout.setQrToken(tableId);
    await appendLayoutChange(deps, table, 'table.qr-token-renewed', tableId);
    return table;
  });
}
