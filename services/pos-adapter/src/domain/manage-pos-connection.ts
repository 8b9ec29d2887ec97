import { assertAccess, actorKey, requireRole, type Actor } from '@brigade/core';
import type { PosConnection, StoredPosConnection } from './pos-connection';
import type { PosAdapterDeps } from './ports';

export interface ConnectionView {
  locationId: string;
  source: 'location' | 'default';
  connection: PosConnection;
  stored: StoredPosConnection | undefined;
}

/** Sets the location's own register; its bills go there from the next attempt on. */
export async function setPosConnection(
  deps: PosAdapterDeps,
  caller: Actor,
  locationId: string,
  input: { url: string; login: string; password: string; companyId: string },
): Promise<ConnectionView> {
  requireRole(caller, 'manager');
  assertAccess(caller, { tenantId: caller.tenantId, locationId }, 'The location');
  const existing = await deps.posConnections.find(locationId);
  if (existing) assertAccess(caller, existing, 'The location');
  const stored: StoredPosConnection = {
    locationId,
    tenantId: caller.tenantId,
    baseUrl: input.url,
    login: input.login,
    password: input.password,
    companyId: input.companyId,
    updatedBy: actorKey(caller),
    updatedAt: deps.clock.now(),
  };
  await deps.posConnections.save(stored);
  return { locationId, source: 'location', connection: stored, stored };
}

export async function getPosConnection(
  deps: PosAdapterDeps,
  caller: Actor,
  locationId: string,
  fallback: PosConnection,
): Promise<ConnectionView> {
  requireRole(caller, 'manager', 'operator');
  assertAccess(caller, { tenantId: caller.tenantId, locationId }, 'The location');
  const stored = await deps.posConnections.find(locationId);
  if (stored) assertAccess(caller, stored, 'The location');
  return stored
    ? { locationId, source: 'location', connection: stored, stored }
    : { locationId, source: 'default', connection: fallback, stored: undefined };
}
