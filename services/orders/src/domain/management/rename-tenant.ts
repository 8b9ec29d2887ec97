import { NotFoundError, requireRole, type Actor } from '@brigade/core';
import type { UpdateTenantRequest } from '@brigade/contracts';
import type { OrdersDeps } from '../ports';
import type { Tenant } from './ports';

export async function renameTenant(
  deps: OrdersDeps,
  actor: Actor,
  input: UpdateTenantRequest,
): Promise<Tenant> {
  requireRole(actor, 'admin');
  const tenant = await deps.transaction(() =>
    deps.management.tenants.rename(actor.tenantId, input.name),
  );
  if (!tenant) throw new NotFoundError('The business');
  return tenant;
}
