import { z } from 'zod';
import { Id } from '../../shared/ids';
import { defineRoute } from '../define-route';
import { pageOf, PageQuery } from '../pagination';
import { DisplayName, LocationIds, NewPassword, StaffEmail, StaffRole } from './fields';

const Roles = z
  .array(StaffRole)
  .min(1)
  .max(6)
  .refine((roles) => new Set(roles).size === roles.length, 'each role once');

/** A member of staff as the API shows them; never a password or its hash. */
export const StaffUserResponse = z
  .object({
    id: Id,
    email: z.string(),
    name: z.string(),
    roles: z.array(StaffRole),
    /** Null: every location of the tenant. */
    locationIds: z.array(Id).nullable(),
    disabled: z.boolean(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'StaffUser' });
export type StaffUserResponse = z.infer<typeof StaffUserResponse>;

export const CreateStaffUserRequest = z
  .object({
    email: StaffEmail,
    name: DisplayName,
    password: NewPassword,
    roles: Roles,
    /** Null: every location (required for admins). */
    locationIds: LocationIds.nullable(),
  })
  .meta({ id: 'CreateStaffUserRequest' });
export type CreateStaffUserRequest = z.infer<typeof CreateStaffUserRequest>;

export const UpdateStaffUserRequest = z
  .object({
    name: DisplayName.optional(),
    roles: Roles.optional(),
    locationIds: LocationIds.nullable().optional(),
    /** A disabled user cannot sign in; tokens already issued last until they expire. */
    disabled: z.boolean().optional(),
  })
  .meta({ id: 'UpdateStaffUserRequest' });
export type UpdateStaffUserRequest = z.infer<typeof UpdateStaffUserRequest>;

const UserParams = z.object({ userId: Id });
const rulesOfManagers =
  'Admins manage everyone; a manager manages waiters, cashiers and kitchen staff of their own locations';

export const createStaffUserRoute = defineRoute({
  method: 'post',
  path: '/v1/staff-users',
  summary: `Add a member of staff (${rulesOfManagers})`,
  tag: 'management',
  request: { body: CreateStaffUserRequest },
  response: { status: 201, description: 'The new user', body: StaffUserResponse },
  problems: ['email-taken', 'unknown-location', 'admin-bound-to-locations'],
});

export const listStaffUsersRoute = defineRoute({
  method: 'get',
  path: '/v1/staff-users',
  summary: 'List the staff of the tenant (a manager sees those of their locations), oldest first',
  tag: 'management',
  request: { query: PageQuery },
  response: {
    status: 200,
    description: 'One page of users',
    body: pageOf(StaffUserResponse, 'StaffUserPage'),
  },
  problems: [],
});

export const getStaffUserRoute = defineRoute({
  method: 'get',
  path: '/v1/staff-users/:userId',
  summary: 'Read one member of staff',
  tag: 'management',
  request: { params: UserParams },
  response: { status: 200, description: 'The user', body: StaffUserResponse },
  problems: [],
});

export const updateStaffUserRoute = defineRoute({
  method: 'patch',
  path: '/v1/staff-users/:userId',
  summary: `Change a user's name, roles, locations or disable them (${rulesOfManagers})`,
  tag: 'management',
  request: { params: UserParams, body: UpdateStaffUserRequest },
  response: { status: 200, description: 'The user as changed', body: StaffUserResponse },
  problems: ['unknown-location', 'admin-bound-to-locations', 'last-admin'],
});

export const ResetStaffPasswordRequest = z
  .object({ password: NewPassword })
  .meta({ id: 'ResetStaffPasswordRequest' });
export type ResetStaffPasswordRequest = z.infer<typeof ResetStaffPasswordRequest>;

export const resetStaffPasswordRoute = defineRoute({
  method: 'put',
  path: '/v1/staff-users/:userId/password',
  summary: `Set a user's password (${rulesOfManagers}); tokens already issued last until they expire`,
  tag: 'management',
  request: { params: UserParams, body: ResetStaffPasswordRequest },
  response: { status: 200, description: 'The user', body: StaffUserResponse },
  problems: [],
});

export const ChangeOwnPasswordRequest = z
  .object({ currentPassword: z.string().min(1).max(200), newPassword: NewPassword })
  .meta({ id: 'ChangeOwnPasswordRequest' });
export type ChangeOwnPasswordRequest = z.infer<typeof ChangeOwnPasswordRequest>;

export const changeOwnPasswordRoute = defineRoute({
  method: 'put',
  path: '/v1/me/password',
  summary: 'Change your own password, proving the current one',
  tag: 'management',
  request: { body: ChangeOwnPasswordRequest },
  response: { status: 200, description: 'You', body: StaffUserResponse },
  problems: ['current-password-wrong'],
});
