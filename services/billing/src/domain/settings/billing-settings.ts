/** How a location bills; see BillingSettingsRequest in @brigade/contracts for each field. */
export interface BillingSettings {
  timezone: string;
  requireOpenRegister: boolean;
  serviceChargeBps: number;
  /** null: the service charge is never added by itself. */
  serviceChargeMinGuests: number | null;
  discountApprovalAboveBps: number;
}

/** Settings as stored for one location, with who set them. */
export interface StoredBillingSettings extends BillingSettings {
  tenantId: string;
  locationId: string;
  updatedBy: string;
  updatedAt: Date;
}

/** What a location bills with until a manager sets otherwise. */
export const DEFAULT_BILLING_SETTINGS: Readonly<BillingSettings> = Object.freeze({
  timezone: 'Europe/Berlin',
  requireOpenRegister: false,
  serviceChargeBps: 0,
  serviceChargeMinGuests: null,
  discountApprovalAboveBps: 1000,
});

export interface BillingSettingsRepository {
  find(locationId: string): Promise<StoredBillingSettings | undefined>;
  /** Inserts or replaces; false when the location's settings belong to another tenant. */
  save(settings: StoredBillingSettings): Promise<boolean>;
}
