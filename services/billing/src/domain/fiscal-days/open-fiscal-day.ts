import { actorKey, canAccess, NotFoundError, requireRole, type Actor } from '@brigade/core';
import type { BillingDeps } from '../ports';
import type { FiscalDay } from './fiscal-day';
import { fiscalDayOpen } from './fiscal-day.errors';
import { startFiscalDay } from './start-fiscal-day';

/** A manager (or admin) opens the location's next fiscal day; one is open at a time. */
export async function openFiscalDay(
  deps: BillingDeps,
  caller: Actor,
  locationId: string,
): Promise<FiscalDay> {
  requireRole(caller, 'manager');
  const owner = { tenantId: caller.tenantId, locationId };
  if (!canAccess(caller, owner)) throw new NotFoundError('The location');
  const day = await deps.transaction(() => startFiscalDay(deps, owner, actorKey(caller)));
  if (!day) throw fiscalDayOpen();
  return day;
}
