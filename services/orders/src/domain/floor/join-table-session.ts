import type { JoinTableSessionRequest } from '@brigade/contracts';
import { actorKey, canAccess, ForbiddenError, type Actor } from '@brigade/core';
import type { OrdersDeps } from '../ports';
import { JoinChannelError, TableNotFoundError } from './floor.errors';
import type { TableSession } from './ports';

const JOINING_CHANNELS = ['qr', 'kiosk'];

/**
 * A guest scanned the table's QR code: the open session of the table (or of the table it
 * was pushed to), opened through the key's channel when there is none.
 */
export async function joinTableSession(
  deps: OrdersDeps,
  caller: Actor,
  { tableToken }: JoinTableSessionRequest,
): Promise<TableSession> {
  if (caller.kind !== 'storefront') throw new ForbiddenError('Guests join through a storefront');
  if (!JOINING_CHANNELS.includes(caller.channel)) throw new JoinChannelError(caller.channel);
  return deps.transaction(async () => {
    const table = await deps.tableSessions.layout.findTableByQrToken(tableToken);
    if (!table || !canAccess(caller, table)) throw new TableNotFoundError();
    const session = await deps.tableSessions.openOrJoin(
      { tenantId: table.tenantId, tableId: table.id },
      caller.channel,
      actorKey(caller),
    );
    if (!session) throw new TableNotFoundError();
    return session;
  });
}
