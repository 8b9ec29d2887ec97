import {
  getBillingSettingsRoute,
  putBillingSettingsRoute,
  type BillingSettingsResponse,
} from '@brigade/contracts';
import { actorOf, mountRoute } from '@brigade/http';
import type { Router } from 'express';
import { getBillingSettings, type SettingsView } from '../domain/settings/get-billing-settings';
import { updateBillingSettings } from '../domain/settings/update-billing-settings';
import type { BillingDeps } from '../domain/ports';

export const settingsRoutes = [getBillingSettingsRoute, putBillingSettingsRoute];

export function mountSettingsRoutes(router: Router, deps: BillingDeps): void {
  mountRoute(router, getBillingSettingsRoute, async ({ params }, req) =>
    toSettingsResponse(await getBillingSettings(deps, actorOf(req), params.locationId)),
  );
  mountRoute(router, putBillingSettingsRoute, async ({ params, body }, req) =>
    toSettingsResponse(await updateBillingSettings(deps, actorOf(req), params.locationId, body)),
  );
}

function toSettingsResponse(s: SettingsView): BillingSettingsResponse {
  return {
    locationId: s.locationId,
    timezone: s.timezone,
    requireOpenRegister: s.requireOpenRegister,
    serviceChargeBps: s.serviceChargeBps,
    serviceChargeMinGuests: s.serviceChargeMinGuests,
    discountApprovalAboveBps: s.discountApprovalAboveBps,
    updatedBy: s.updatedBy,
    updatedAt: s.updatedAt?.toISOString() ?? null,
  };
}
