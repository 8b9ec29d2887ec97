import type { Actor } from '@brigade/core';
import type { OrdersDeps } from '../ports';
import { accessibleSession, requireStaff } from './floor-access';
import type { TableSession } from './ports';

export async function getTableSession(
  deps: OrdersDeps,
  caller: Actor,
  sessionId: string,
): Promise<TableSession> {
  requireStaff(caller);
  return accessibleSession(deps, caller, sessionId);
}
