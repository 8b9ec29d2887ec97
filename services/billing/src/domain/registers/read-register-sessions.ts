import type { Actor } from '@brigade/core';
import type { BillingDeps } from '../ports';
import type { CashFlows, RegisterSession } from './register';
import { registerFor, sessionFor } from './register-access';

/** A session with what went through its drawer so far. */
export interface SessionWithCash {
  session: RegisterSession;
  flows: CashFlows;
}

export async function getRegisterSession(
  deps: BillingDeps,
  caller: Actor,
  sessionId: string,
): Promise<SessionWithCash> {
  const session = await sessionFor(deps, caller, sessionId);
  return { session, flows: await deps.registers.cashFlowsOf(session.id) };
}

/** One page of the register's sessions, newest first (one more than `limit`: a next page). */
export async function listRegisterSessions(
  deps: BillingDeps,
  caller: Actor,
  registerId: string,
  page: { limit: number; beforeId?: string },
): Promise<SessionWithCash[]> {
  await registerFor(deps, caller, registerId);
  const sessions = await deps.registers.listSessions(registerId, page.limit + 1, page.beforeId);
  return Promise.all(
    sessions.map(async (session) => ({
      session,
      flows: await deps.registers.cashFlowsOf(session.id),
    })),
  );
}
