import { FiscalDayOpenedV1 } from '@brigade/contracts';
import { traceFromContext } from '@brigade/core';
import type { BillingDeps } from '../ports';
import { settingsOf } from '../settings/settings-of';
import { localDate, type FiscalDay } from './fiscal-day';

/**
 * Opens the location's next day in the caller's transaction and announces it; undefined
 * when a day is open already (perhaps opened a moment ago by a concurrent caller).
 */
export async function startFiscalDay(
  deps: BillingDeps,
  owner: { tenantId: string; locationId: string },
  openedBy: string,
): Promise<FiscalDay | undefined> {
  const { timezone } = await settingsOf(deps, owner.locationId);
  const now = deps.clock.now();
  const day = await deps.fiscalDays.openNext({
    id: deps.newId(),
    ...owner,
    businessDate: localDate(now, timezone),
    status: 'open',
    openedBy,
    openedAt: now,
    closedBy: null,
    closedAt: null,
    zReport: null,
  });
  if (!day) return undefined;
  await deps.outbox.add([
    FiscalDayOpenedV1.create(
      {
        ...owner,
        aggregateId: day.id,
        aggregateVersion: 1,
        occurredAt: now,
        ...traceFromContext(),
      },
      {
        fiscalDayId: day.id,
        number: day.number,
        businessDate: day.businessDate,
        openedBy,
        openedAt: now.toISOString(),
      },
    ),
  ]);
  return day;
}
