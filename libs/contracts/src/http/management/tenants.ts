import { z } from 'zod';
import { Id } from '../../shared/ids';
import { defineRoute } from '../define-route';
import { DisplayName, NewPassword, StaffEmail } from './fields';
import { CreateLocationRequest, LocationResponse } from './locations';
import { StaffUserResponse } from './staff-users';

/** A business: a restaurant group with its locations, staff and storefront keys. */
export const TenantResponse = z
  .object({ id: Id, name: z.string(), createdAt: z.iso.datetime() })
  .meta({ id: 'Tenant' });
export type TenantResponse = z.infer<typeof TenantResponse>;

export const OnboardTenantRequest = z
  .object({
    name: DisplayName,
    /** The first location. */
    location: CreateLocationRequest,
    /** The first admin, who signs in with `POST /v1/auth/token` and sets up the rest. */
    admin: z.object({ email: StaffEmail, name: DisplayName, password: NewPassword }),
  })
  .meta({ id: 'OnboardTenantRequest' });
export type OnboardTenantRequest = z.infer<typeof OnboardTenantRequest>;

export const OnboardTenantResponse = z
  .object({ tenant: TenantResponse, location: LocationResponse, admin: StaffUserResponse })
  .meta({ id: 'OnboardedTenant' });
export type OnboardTenantResponse = z.infer<typeof OnboardTenantResponse>;

export const onboardTenantRoute = defineRoute({
  method: 'post',
  path: '/v1/tenants',
  summary:
    'Onboard a business with its first location and admin (platform staff: header X-Provisioning-Key)',
  tag: 'management',
  request: { body: OnboardTenantRequest },
  response: {
    status: 201,
    description: 'The business, location and admin',
    body: OnboardTenantResponse,
  },
  problems: ['provisioning-key-invalid'],
});

export const getTenantRoute = defineRoute({
  method: 'get',
  path: '/v1/tenant',
  summary: "The caller's business",
  tag: 'management',
  request: {},
  response: { status: 200, description: 'The business', body: TenantResponse },
  problems: [],
});

export const UpdateTenantRequest = z
  .object({ name: DisplayName })
  .meta({ id: 'UpdateTenantRequest' });
export type UpdateTenantRequest = z.infer<typeof UpdateTenantRequest>;

export const updateTenantRoute = defineRoute({
  method: 'patch',
  path: '/v1/tenant',
  summary: "Rename the caller's business (admin)",
  tag: 'management',
  request: { body: UpdateTenantRequest },
  response: { status: 200, description: 'The business as changed', body: TenantResponse },
  problems: [],
});
