import { actorKey, type Actor } from '@brigade/core';
import type { OrdersDeps } from '../ports';
import { TableSessionNotClosedError, TableSessionNotFoundError } from './floor.errors';
import { accessibleSession, requireFloorService } from './floor-access';
import type { TableSession } from './ports';

/**
 * A session closed too early opens again. A manager does it alone; anyone else on the floor
 * needs a manager's approval for this session, and who approved is stored with it.
 */
export async function reopenTableSession(
  deps: OrdersDeps,
  caller: Actor,
  sessionId: string,
  approvalToken: string | undefined,
): Promise<TableSession> {
  const staff = requireFloorService(caller);
  return deps.transaction(async () => {
    const session = await accessibleSession(deps, caller, sessionId);
    if (session.status !== 'closed') throw new TableSessionNotClosedError();
    const approvedBy = staff.roles.some((r) => r === 'manager' || r === 'admin')
      ? staff.userId
      : (
          await deps.approvals.verify(approvalToken, {
            tenantId: staff.tenantId,
            action: 'reopen-session',
            subjectId: sessionId,
          })
        ).managerId;
    const reopened = await deps.tableSessions.reopen(sessionId, {
      reopenedBy: actorKey(caller),
      approvedBy,
    });
    if (!reopened) throw new TableSessionNotFoundError();
    return reopened;
  });
}
