import { canAccess, ForbiddenError, NotFoundError, type Actor } from '@brigade/core';
import type { BillingDeps } from '../ports';
import { DEFAULT_BILLING_SETTINGS, type StoredBillingSettings } from './billing-settings';

/** What the location's settings are, for staff of the location; defaults carry no author. */
export type SettingsView = Omit<StoredBillingSettings, 'updatedBy' | 'updatedAt'> & {
  updatedBy: string | null;
  updatedAt: Date | null;
};

export async function getBillingSettings(
  deps: BillingDeps,
  caller: Actor,
  locationId: string,
): Promise<SettingsView> {
  if (caller.kind !== 'staff') throw new ForbiddenError('Only staff read billing settings');
  const owner = { tenantId: caller.tenantId, locationId };
  if (!canAccess(caller, owner)) throw new NotFoundError('The location');
  const stored = await deps.billingSettings.find(locationId);
  if (stored && stored.tenantId !== caller.tenantId) throw new NotFoundError('The location');
  return stored ?? { ...DEFAULT_BILLING_SETTINGS, ...owner, updatedBy: null, updatedAt: null };
}
