import { canAccess, NotFoundError, type Actor } from '@brigade/core';
import type { BillingDeps } from '../ports';
import type { CashRegister } from './register';
import { assertMayWorkRegisters } from './register-access';

/** One page of the location's registers by name (one more than `limit`: a next page). */
export async function listRegisters(
  deps: BillingDeps,
  caller: Actor,
  locationId: string,
  page: { limit: number; afterName?: string },
): Promise<CashRegister[]> {
  assertMayWorkRegisters(caller);
  const owner = { tenantId: caller.tenantId, locationId };
  if (!canAccess(caller, owner)) throw new NotFoundError('The location');
  return deps.registers.listRegisters(owner, page.limit + 1, page.afterName);
}
