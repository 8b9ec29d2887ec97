import type { ZReport } from '@brigade/contracts';
import type { Actor } from '@brigade/core';
import { getFiscalDay } from '../fiscal-days/read-fiscal-days';
import type { BillingDeps } from '../ports';
import { settingsOf } from '../settings/settings-of';
import { computeZReport } from './compute-z-report';

/**
 * A closed day's Z report exactly as fixed at its close, or the running X report of an
 * open day; with the location's time zone, for printing.
 */
export async function zReportOf(
  deps: BillingDeps,
  caller: Actor,
  fiscalDayId: string,
): Promise<{ report: ZReport; timeZone: string }> {
  const day = await getFiscalDay(deps, caller, fiscalDayId);
  const report = day.zReport ?? (await computeZReport(deps, day, false));
  return { report, timeZone: (await settingsOf(deps, day.locationId)).timezone };
}
