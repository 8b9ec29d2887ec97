import { ConflictError } from '@brigade/core';
import type { BillingDeps } from '../ports';
import { FIRST_SALE } from './fiscal-day';
import { startFiscalDay } from './start-fiscal-day';

/** Openers that can lose a race in a row before giving up; one loss is already rare. */
const ATTEMPTS = 3;

/**
 * The location's open fiscal day for a sale, share-locked so it cannot close before the
 * sale commits; when none is open, the sale opens one, so service never stops because
 * nobody opened the day. Runs in the caller's transaction. Concurrent callers meet at the
 * one-open-day index: the loser waits for the winner's commit and then takes its day.
 */
export async function fiscalDayForSale(
  deps: BillingDeps,
  owner: { tenantId: string; locationId: string },
): Promise<{ id: string; number: number }> {
  return deps.transaction(async () => {
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const day =
        (await deps.fiscalDays.lockOpen(owner.locationId)) ??
        (await startFiscalDay(deps, owner, FIRST_SALE));
      if (day) return { id: day.id, number: day.number };
    }
    throw new ConflictError('fiscal-day-contended', 'The fiscal day is changing; try again');
  });
}
