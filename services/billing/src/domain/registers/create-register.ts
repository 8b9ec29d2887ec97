import type { CreateRegisterRequest } from '@brigade/contracts';
import { canAccess, NotFoundError, requireRole, type Actor } from '@brigade/core';
import type { BillingDeps } from '../ports';
import type { CashRegister } from './register';
import { registerNameTaken } from './register.errors';

/** A manager (or admin) adds a cash register to the location. */
export async function createRegister(
  deps: BillingDeps,
  caller: Actor,
  locationId: string,
  input: CreateRegisterRequest,
): Promise<CashRegister> {
  requireRole(caller, 'manager');
  const owner = { tenantId: caller.tenantId, locationId };
  if (!canAccess(caller, owner)) throw new NotFoundError('The location');
  const register = { id: deps.newId(), ...owner, name: input.name, createdAt: deps.clock.now() };
  const inserted = await deps.transaction(() => deps.registers.insertRegister(register));
  if (!inserted) throw registerNameTaken(input.name);
  return register;
}
