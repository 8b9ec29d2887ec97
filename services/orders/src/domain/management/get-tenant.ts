import { NotFoundError, type Actor } from '@brigade/core';
import type { OrdersDeps } from '../ports';
import { asStaffActor } from './access';
import type { Tenant } from './ports';

/** The caller's own business; any member of its staff may read it. */
export async function getTenant(deps: OrdersDeps, actor: Actor): Promise<Tenant> {
  const { tenantId } = asStaffActor(actor);
  const tenant = await deps.management.tenants.find(tenantId);
  if (!tenant) throw new NotFoundError('The business');
  return tenant;
}
