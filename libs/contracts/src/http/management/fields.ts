import { z } from 'zod';
import { Id } from '../../shared/ids';

/** A person's or a place's display name. */
export const DisplayName = z.string().trim().min(1).max(100);

/** Staff emails are stored in lower case: sign-in ignores case. */
export const StaffEmail = z.email().max(200);

/** A new staff password: long enough to resist guessing, hashed with scrypt before storing. */
export const NewPassword = z.string().min(10, 'at least 10 characters').max(200);

/** What a member of staff may do; the same list as `ROLES` of @brigade/core. */
export const StaffRole = z.enum(['waiter', 'cashier', 'manager', 'kitchen', 'operator', 'admin']);
export type StaffRole = z.infer<typeof StaffRole>;

/** Locations a key or a user is bound to, each once. */
export const LocationIds = z
  .array(Id)
  .min(1)
  .max(100)
  .refine((ids) => new Set(ids).size === ids.length, 'each location once');

/** The path parameter of one location. */
export const LocationParams = z.object({ locationId: Id });
