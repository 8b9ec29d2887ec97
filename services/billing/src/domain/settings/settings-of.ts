import type { BillingDeps } from '../ports';
import { DEFAULT_BILLING_SETTINGS, type BillingSettings } from './billing-settings';

/** The location's billing settings, or the defaults while none were set. */
export async function settingsOf(deps: BillingDeps, locationId: string): Promise<BillingSettings> {
  const stored = await deps.billingSettings.find(locationId);
  if (!stored) return { ...DEFAULT_BILLING_SETTINGS };
  const { timezone, requireOpenRegister, serviceChargeBps } = stored;
  const { serviceChargeMinGuests, discountApprovalAboveBps } = stored;
  return {
    timezone,
    requireOpenRegister,
    serviceChargeBps,
    serviceChargeMinGuests,
    discountApprovalAboveBps,
  };
}
