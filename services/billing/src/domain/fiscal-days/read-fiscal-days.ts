import { canAccess, NotFoundError, requireRole, type Actor } from '@brigade/core';
import type { BillingDeps } from '../ports';
import type { FiscalDay } from './fiscal-day';

/** Fiscal days and their reports are for cashiers and managers of the location. */
export function assertMayReadDays(caller: Actor): void {
  requireRole(caller, 'cashier', 'manager');
}

export async function getFiscalDay(
  deps: BillingDeps,
  caller: Actor,
  id: string,
): Promise<FiscalDay> {
  assertMayReadDays(caller);
  const day = await deps.fiscalDays.find(id);
  if (!day || !canAccess(caller, day)) throw new NotFoundError('The fiscal day');
  return day;
}

/** One page of the location's days, newest first (one more than `limit`: a next page). */
export async function listFiscalDays(
  deps: BillingDeps,
  caller: Actor,
  locationId: string,
  page: { limit: number; beforeNumber?: number },
): Promise<FiscalDay[]> {
  assertMayReadDays(caller);
  const owner = { tenantId: caller.tenantId, locationId };
  if (!canAccess(caller, owner)) throw new NotFoundError('The location');
  return deps.fiscalDays.list(owner, page.limit + 1, page.beforeNumber);
}
