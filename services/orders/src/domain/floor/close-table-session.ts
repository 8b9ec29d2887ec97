import { actorKey, type Actor } from '@brigade/core';
import type { OrdersDeps } from '../ports';
import { TableSessionClosedError } from './floor.errors';
import { accessibleSession, requireFloorService } from './floor-access';
import type { TableSession } from './ports';

/** The party left: refused while one of its orders is still a tab; the table becomes dirty. */
export async function closeTableSession(
  deps: OrdersDeps,
  caller: Actor,
  sessionId: string,
): Promise<TableSession> {
  requireFloorService(caller);
  return deps.transaction(async () => {
    const session = await accessibleSession(deps, caller, sessionId);
    if (session.status === 'closed') throw new TableSessionClosedError();
    await deps.tableSessions.close(sessionId, actorKey(caller));
    return (await deps.tableSessions.find(sessionId))!;
  });
}
