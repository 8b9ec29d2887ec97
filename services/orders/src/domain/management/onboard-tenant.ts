import type { OnboardTenantRequest } from '@brigade/contracts';
import type { OrdersDeps } from '../ports';
import { newLocation } from './new-location';
import type { StaffMember } from './ports';

/**
 * Platform staff onboard a business: the tenant, its first location and its first admin,
 * all or nothing. The admin then signs in and sets up the rest.
 */
export async function onboardTenant(deps: OrdersDeps, input: OnboardTenantRequest) {
  const now = deps.clock.now();
  const tenant = { id: deps.newId(), name: input.name, createdAt: now };
  const location = newLocation(deps.newId(), tenant.id, input.location, now);
  const admin: StaffMember = {
    id: deps.newId(),
    tenantId: tenant.id,
    email: input.admin.email.toLowerCase(),
    name: input.admin.name,
    roles: ['admin'],
    locationIds: null,
    disabled: false,
    createdAt: now,
  };
  const passwordHash = await deps.management.hashPassword(input.admin.password);
  await deps.transaction(async () => {
    await deps.management.tenants.insert(tenant);
    await deps.management.locations.insert(location);
    await deps.management.staffUsers.insert(admin, passwordHash);
  });
  return { tenant, location, admin };
}
