import type { Db } from '@brigade/db';
import type {
  BillingSettingsRepository,
  StoredBillingSettings,
} from '../../domain/settings/billing-settings';

interface SettingsRow {
  location_id: string;
  tenant_id: string;
  timezone: string;
  require_open_register: boolean;
  service_charge_bps: number;
  service_charge_min_guests: number | null;
  discount_approval_above_bps: number;
  updated_by: string;
  updated_at: Date;
}

export function settingsRepository(db: Db): BillingSettingsRepository {
  return {
    async find(locationId) {
      const [row] = await db.query<SettingsRow>(
        'SELECT * FROM location_billing_settings WHERE location_id = $1',
        [locationId],
      );
      return row && toSettings(row);
    },

    async save(s) {
      const rows = await db.query(
        `INSERT INTO location_billing_settings (location_id, tenant_id, timezone,
           require_open_register, service_charge_bps, service_charge_min_guests,
           discount_approval_above_bps, updated_by, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT (location_id) DO UPDATE SET
           timezone = excluded.timezone,
           require_open_register = excluded.require_open_register,
           service_charge_bps = excluded.service_charge_bps,
           service_charge_min_guests = excluded.service_charge_min_guests,
           discount_approval_above_bps = excluded.discount_approval_above_bps,
           updated_by = excluded.updated_by,
           updated_at = excluded.updated_at
           WHERE location_billing_settings.tenant_id = excluded.tenant_id
         RETURNING 1`,
        [
          ...[s.locationId, s.tenantId, s.timezone, s.requireOpenRegister, s.serviceChargeBps],
          ...[s.serviceChargeMinGuests, s.discountApprovalAboveBps, s.updatedBy, s.updatedAt],
        ],
      );
      return rows.length === 1;
    },
  };
}

function toSettings(r: SettingsRow): StoredBillingSettings {
  return {
    locationId: r.location_id,
    tenantId: r.tenant_id,
    timezone: r.timezone,
    requireOpenRegister: r.require_open_register,
    serviceChargeBps: r.service_charge_bps,
    serviceChargeMinGuests: r.service_charge_min_guests,
    discountApprovalAboveBps: r.discount_approval_above_bps,
    updatedBy: r.updated_by,
    updatedAt: r.updated_at,
  };
}
