import type { BillingSettingsRequest } from '@brigade/contracts';
import { actorKey, canAccess, NotFoundError, requireRole, type Actor } from '@brigade/core';
import type { BillingDeps } from '../ports';
import type { StoredBillingSettings } from './billing-settings';

/** A manager of the location (or an admin) replaces its billing settings. */
export async function updateBillingSettings(
  deps: BillingDeps,
  caller: Actor,
  locationId: string,
  input: BillingSettingsRequest,
): Promise<StoredBillingSettings> {
  requireRole(caller, 'manager');
  const owner = { tenantId: caller.tenantId, locationId };
  if (!canAccess(caller, owner)) throw new NotFoundError('The location');
  const settings: StoredBillingSettings = {
    ...input,
    // The canonical spelling, so every reader computes the same local dates.
    timezone: new Intl.DateTimeFormat('en', { timeZone: input.timezone }).resolvedOptions()
      .timeZone,
    ...owner,
    updatedBy: actorKey(caller),
    updatedAt: deps.clock.now(),
  };
  const saved = await deps.transaction(() => deps.billingSettings.save(settings));
  if (!saved) throw new NotFoundError('The location');
  return settings;
}
