import { canAccess, NotFoundError, requireRole, type Actor } from '@brigade/core';
import type { BillingDeps } from '../ports';
import type { CashRegister, RegisterSession } from './register';

/** Registers are worked by the floor: cashiers, waiters, managers (and admins). */
export function assertMayWorkRegisters(caller: Actor): void {
  requireRole(caller, 'cashier', 'waiter', 'manager');
}

export async function registerFor(
  deps: BillingDeps,
  caller: Actor,
  registerId: string,
): Promise<CashRegister> {
  assertMayWorkRegisters(caller);
  const register = await deps.registers.findRegister(registerId);
  if (!register || !canAccess(caller, register)) throw new NotFoundError('The register');
  return register;
}

/** The session as the caller may see it; `lock` locks it for update in the open transaction. */
export async function sessionFor(
  deps: BillingDeps,
  caller: Actor,
  sessionId: string,
  lock = false,
): Promise<RegisterSession> {
  assertMayWorkRegisters(caller);
  const session = lock
    ? await deps.registers.lockSession(sessionId, 'update')
    : await deps.registers.findSession(sessionId);
  if (!session || !canAccess(caller, session)) throw new NotFoundError('The register session');
  return session;
}
