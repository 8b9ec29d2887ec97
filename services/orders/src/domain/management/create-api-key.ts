import type { CreateApiKeyRequest } from '@brigade/contracts';
import { requireRole, type Actor } from '@brigade/core';
import type { OrdersDeps } from '../ports';
import { assertOwnLocations } from './own-locations';
import type { ApiKey } from './ports';

/**
 * Issues a storefront key for some of the tenant's locations (a manager: only their own).
 * The secret is returned this once; only its hash is stored.
 */
export async function createApiKey(
  deps: OrdersDeps,
  actor: Actor,
  input: CreateApiKeyRequest,
): Promise<{ apiKey: ApiKey; secret: string }> {
  requireRole(actor, 'manager');
  await assertOwnLocations(deps, actor, 'locationIds', input.locationIds);
  const { key, hash, prefix } = deps.management.newApiKey();
  const apiKey: ApiKey = {
    id: deps.newId(),
    tenantId: actor.tenantId,
    name: input.name,
    prefix,
    locationIds: input.locationIds,
    channel: input.channel,
    createdAt: deps.clock.now(),
    revokedAt: null,
  };
  await deps.transaction(() => deps.management.apiKeys.insert(apiKey, hash));
  return { apiKey, secret: key };
}
