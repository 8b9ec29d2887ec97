import { requireRole, type Actor } from '@brigade/core';
import type { OrdersDeps } from '../ports';
import { covers } from './access';
import { ApiKeyNotFoundError } from './management.errors';
import type { ApiKey } from './ports';

/**
 * Revokes a storefront key at once in the database; each instance may still accept it for
 * as long as it caches resolved keys (30 s).
 */
export async function revokeApiKey(
  deps: OrdersDeps,
  actor: Actor,
  apiKeyId: string,
): Promise<ApiKey> {
  requireRole(actor, 'manager');
  const key = await deps.management.apiKeys.find(actor.tenantId, apiKeyId);
  if (!key || !covers(actor, key.locationIds)) throw new ApiKeyNotFoundError();
  const revoked = await deps.transaction(() =>
    deps.management.apiKeys.revoke(actor.tenantId, apiKeyId, deps.clock.now()),
  );
  if (!revoked) throw new ApiKeyNotFoundError();
  return revoked;
}
