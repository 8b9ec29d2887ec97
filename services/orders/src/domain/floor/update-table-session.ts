import type { UpdateTableSessionRequest } from '@brigade/contracts';
import type { Actor } from '@brigade/core';
import type { OrdersDeps } from '../ports';
import { TableSessionClosedError } from './floor.errors';
import { accessibleSession, requireFloorService } from './floor-access';
import type { TableSession } from './ports';

export async function updateTableSession(
  deps: OrdersDeps,
  caller: Actor,
  sessionId: string,
  { guestCount }: UpdateTableSessionRequest,
): Promise<TableSession> {
  requireFloorService(caller);
  return deps.transaction(async () => {
    await accessibleSession(deps, caller, sessionId);
    const session = await deps.tableSessions.updateGuestCount(sessionId, guestCount);
    if (!session) throw new TableSessionClosedError();
    return session;
  });
}
