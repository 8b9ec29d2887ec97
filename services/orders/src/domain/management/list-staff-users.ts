import type { PageQuery } from '@brigade/contracts';
import { requireRole, type Actor } from '@brigade/core';
import type { OrdersDeps } from '../ports';
import { locationScope } from './access';

/** Admins see everyone; a manager the staff of their locations and the tenant-wide staff. */
export function listStaffUsers(deps: OrdersDeps, actor: Actor, page: PageQuery) {
  requireRole(actor, 'manager');
  return deps.management.staffUsers.list(actor.tenantId, page, locationScope(actor));
}
