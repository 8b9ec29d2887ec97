import type { CreateLocationRequest } from '@brigade/contracts';
import type { ManagedLocation } from './ports';

/** The canonical spelling of a time zone the contract has already checked (`europe/berlin` → `Europe/Berlin`). */
export const canonicalTimeZone = (name: string): string =>
  new Intl.DateTimeFormat('en', { timeZone: name }).resolvedOptions().timeZone;

/** A location as it will be stored; inserting it starts its order numbers. */
export function newLocation(
  id: string,
  tenantId: string,
  input: CreateLocationRequest,
  now: Date,
): ManagedLocation {
  return {
    id,
    tenantId,
    name: input.name,
    currency: input.currency,
    timezone: canonicalTimeZone(input.timezone),
    address: input.address ?? null,
    autoFire: input.autoFire,
    stockPolicy: input.stockPolicy,
    sessionIdleMinutes: input.sessionIdleMinutes,
    closedSessionRetentionDays: input.closedSessionRetentionDays,
    createdAt: now,
  };
}
