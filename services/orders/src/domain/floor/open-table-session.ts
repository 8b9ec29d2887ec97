import type { OpenTableSessionRequest } from '@brigade/contracts';
import { actorKey, type Actor } from '@brigade/core';
import type { OrdersDeps } from '../ports';
import { TableNotFoundError } from './floor.errors';
import { accessibleTable, requireFloorService } from './floor-access';
import type { TableSession } from './ports';

/**
 * Staff seat a party: the table's session opens now, or the one already open is joined
 * (guests who scanned the QR code first). A count given fills a session that has none.
 */
export async function openTableSession(
  deps: OrdersDeps,
  caller: Actor,
  input: OpenTableSessionRequest,
): Promise<{ session: TableSession; opened: boolean }> {
  requireFloorService(caller);
  return deps.transaction(async () => {
    const table = await accessibleTable(deps, caller, input.tableId);
    const result = await deps.tableSessions.openOrJoinDetailed(
      { tenantId: table.tenantId, tableId: table.id },
      'pos',
      actorKey(caller),
    );
    if (!result) throw new TableNotFoundError();
    const { session, opened } = result;
    if (input.guestCount === undefined || session.guestCount !== null) return result;
    const counted = await deps.tableSessions.updateGuestCount(session.id, input.guestCount);
    return { session: counted ?? session, opened };
  });
}
