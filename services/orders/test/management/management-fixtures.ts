import { randomUUID } from 'node:crypto';
import { call } from '../../../../test/support/http-client';

/** The provisioning key the management tests start orders with. */
export const PROVISIONING_KEY = 'test-provisioning-key-0123456789abcdef';

export const ADMIN_PASSWORD = 'admin-password-1';

/** A valid onboarding body with a unique admin email, with overrides. */
export function anOnboarding(overrides: Record<string, unknown> = {}) {
  return {
    name: 'Gasthaus Zur Linde GmbH',
    location: { name: 'Zur Linde Mitte', currency: 'EUR', timezone: 'Europe/Berlin' },
    admin: {
      email: `Chef-${randomUUID()}@linde.test`,
      name: 'Lena Linde',
      password: ADMIN_PASSWORD,
    },
    ...overrides,
  };
}

/** Staff `Authorization` from a real sign-in. */
export async function signedIn(url: string, tenantId: string, email: string, password: string) {
  const res = await call('POST', `${url}/v1/auth/token`, { tenantId, email, password });
  if (res.status !== 200) throw new Error(`sign-in failed: ${JSON.stringify(res.body)}`);
  return { authorization: `Bearer ${res.body.token as string}` };
}

/** A business onboarded through the API, and its admin signed in. */
export interface Business {
  tenantId: string;
  locationId: string;
  adminId: string;
  adminEmail: string;
  asAdmin: Record<string, string>;
}

export async function onboardedBusiness(url: string): Promise<Business> {
  const body = anOnboarding();
  const res = await call('POST', `${url}/v1/tenants`, body, {
    'x-provisioning-key': PROVISIONING_KEY,
  });
  if (res.status !== 201) throw new Error(`onboarding failed: ${JSON.stringify(res.body)}`);
  const adminEmail = body.admin.email.toLowerCase();
  return {
    tenantId: res.body.tenant.id,
    locationId: res.body.location.id,
    adminId: res.body.admin.id,
    adminEmail,
    asAdmin: await signedIn(url, res.body.tenant.id, adminEmail, ADMIN_PASSWORD),
  };
}

/** A member of staff added by the business's admin, signed in. */
export async function aStaffMember(
  url: string,
  business: Business,
  roles: string[],
  locationIds: string[] | null = [business.locationId],
) {
  const email = `${roles.join('-')}-${randomUUID()}@linde.test`;
  const password = `${roles[0]}-password-1`;
  const res = await call(
    'POST',
    `${url}/v1/staff-users`,
    { email, name: `A ${roles.join(' and ')}`, password, roles, locationIds },
    business.asAdmin,
  );
  if (res.status !== 201) throw new Error(`adding staff failed: ${JSON.stringify(res.body)}`);
  return {
    id: res.body.id as string,
    email,
    password,
    headers: await signedIn(url, business.tenantId, email, password),
  };
}
