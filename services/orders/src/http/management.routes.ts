import {
  changeOwnPasswordRoute,
  createApiKeyRoute,
  createLocationRoute,
  createStaffUserRoute,
  getLocationRoute,
  getStaffUserRoute,
  getTenantRoute,
  issueApprovalRoute,
  listApiKeysRoute,
  listLocationsRoute,
  listStaffUsersRoute,
  onboardTenantRoute,
  resetStaffPasswordRoute,
  revokeApiKeyRoute,
  updateLocationRoute,
  updateStaffUserRoute,
  updateTenantRoute,
  type ApiKeyResponse,
  type LocationResponse,
  type StaffUserResponse,
  type TenantResponse,
} from '@brigade/contracts';
import { actorOf, mountRoute, type IdempotencyOptions } from '@brigade/http';
import type { Router } from 'express';
import { changeOwnPassword } from '../domain/management/change-own-password';
import { createApiKey } from '../domain/management/create-api-key';
import { createLocation } from '../domain/management/create-location';
import { createStaffUser } from '../domain/management/create-staff-user';
import { getLocation } from '../domain/management/get-location';
import { getStaffUser } from '../domain/management/get-staff-user';
import { getTenant } from '../domain/management/get-tenant';
import { issueApproval } from '../domain/management/issue-approval';
import { listApiKeys } from '../domain/management/list-api-keys';
import { listLocations } from '../domain/management/list-locations';
import { listStaffUsers } from '../domain/management/list-staff-users';
import { onboardTenant } from '../domain/management/onboard-tenant';
import type * as M from '../domain/management/ports';
import { assertProvisioningKey } from '../domain/management/provisioning-key';
import { renameTenant } from '../domain/management/rename-tenant';
import { resetStaffPassword } from '../domain/management/reset-staff-password';
import { revokeApiKey } from '../domain/management/revoke-api-key';
import { updateLocation } from '../domain/management/update-location';
import { updateStaffUser } from '../domain/management/update-staff-user';
import type { OrdersDeps } from '../domain/ports';

export const managementRoutes = [
  onboardTenantRoute,
  getTenantRoute,
  updateTenantRoute,
  createLocationRoute,
  listLocationsRoute,
  getLocationRoute,
  updateLocationRoute,
  createApiKeyRoute,
  listApiKeysRoute,
  revokeApiKeyRoute,
  createStaffUserRoute,
  listStaffUsersRoute,
  getStaffUserRoute,
  updateStaffUserRoute,
  resetStaffPasswordRoute,
  changeOwnPasswordRoute,
  issueApprovalRoute,
];

const iso = (at: Date) => at.toISOString();
const mapPage = <T, R>(page: M.Page<T>, map: (item: T) => R) => ({
  ...page,
  items: page.items.map(map),
});

const toTenant = (t: M.Tenant): TenantResponse => ({ ...t, createdAt: iso(t.createdAt) });
const toLocation = ({ tenantId: _, ...l }: M.ManagedLocation): LocationResponse => ({
  ...l,
  createdAt: iso(l.createdAt),
});
const toApiKey = ({ tenantId: _, ...k }: M.ApiKey): ApiKeyResponse => ({
  ...k,
  createdAt: iso(k.createdAt),
  revokedAt: k.revokedAt && iso(k.revokedAt),
});
const toStaffUser = ({ tenantId: _, ...u }: M.StaffMember): StaffUserResponse => ({
  ...u,
  createdAt: iso(u.createdAt),
});

/**
 * Mounted before authentication: platform staff onboard a business with the provisioning
 * key, checked before the body is even read.
 */
export function mountOnboardingRoutes(router: Router, deps: OrdersDeps, provisioningKey: string) {
  router.post(onboardTenantRoute.path, (req, _res, next) => {
    assertProvisioningKey(req.header('x-provisioning-key'), provisioningKey);
    next();
  });
  mountRoute(router, onboardTenantRoute, async ({ body }) => {
    const { tenant, location, admin } = await onboardTenant(deps, body);
    return { tenant: toTenant(tenant), location: toLocation(location), admin: toStaffUser(admin) };
  });
}

/** Staff calls, not storefront ones: none takes an `Idempotency-Key` (a key's secret must not be replayed). */
export function mountManagementRoutes(
  router: Router,
  deps: OrdersDeps,
  _idempotency: IdempotencyOptions,
): void {
  mountRoute(router, getTenantRoute, async (_in, req) =>
    toTenant(await getTenant(deps, actorOf(req))),
  );
  mountRoute(router, updateTenantRoute, async ({ body }, req) =>
    toTenant(await renameTenant(deps, actorOf(req), body)),
  );

  mountRoute(router, createLocationRoute, async ({ body }, req) =>
    toLocation(await createLocation(deps, actorOf(req), body)),
  );
  mountRoute(router, listLocationsRoute, async ({ query }, req) =>
    mapPage(await listLocations(deps, actorOf(req), query), toLocation),
  );
  mountRoute(router, getLocationRoute, async ({ params }, req) =>
    toLocation(await getLocation(deps, actorOf(req), params.locationId)),
  );
  mountRoute(router, updateLocationRoute, async ({ params, body }, req) =>
    toLocation(await updateLocation(deps, actorOf(req), params.locationId, body)),
  );

  mountRoute(router, createApiKeyRoute, async ({ body }, req) => {
    const { apiKey, secret } = await createApiKey(deps, actorOf(req), body);
    return { ...toApiKey(apiKey), key: secret };
  });
  mountRoute(router, listApiKeysRoute, async ({ query }, req) =>
    mapPage(await listApiKeys(deps, actorOf(req), query), toApiKey),
  );
  mountRoute(router, revokeApiKeyRoute, async ({ params }, req) =>
    toApiKey(await revokeApiKey(deps, actorOf(req), params.apiKeyId)),
  );

  mountRoute(router, createStaffUserRoute, async ({ body }, req) =>
    toStaffUser(await createStaffUser(deps, actorOf(req), body)),
  );
  mountRoute(router, listStaffUsersRoute, async ({ query }, req) =>
    mapPage(await listStaffUsers(deps, actorOf(req), query), toStaffUser),
  );
  mountRoute(router, getStaffUserRoute, async ({ params }, req) =>
    toStaffUser(await getStaffUser(deps, actorOf(req), params.userId)),
  );
  mountRoute(router, updateStaffUserRoute, async ({ params, body }, req) =>
    toStaffUser(await updateStaffUser(deps, actorOf(req), params.userId, body)),
  );
  mountRoute(router, resetStaffPasswordRoute, async ({ params, body }, req) =>
    toStaffUser(await resetStaffPassword(deps, actorOf(req), params.userId, body.password)),
  );
  mountRoute(router, changeOwnPasswordRoute, async ({ body }, req) =>
    toStaffUser(await changeOwnPassword(deps, actorOf(req), body)),
  );

  mountRoute(router, issueApprovalRoute, async ({ body }, req) => {
    const approval = await issueApproval(deps, actorOf(req), body);
    return { ...approval, expiresAt: iso(approval.expiresAt) };
  });
}
