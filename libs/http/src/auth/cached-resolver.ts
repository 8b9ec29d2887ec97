import type { StorefrontActor } from '@brigade/core';
import type { ApiKeyResolver } from './authenticate';

/**
 * Remembers what an API key resolved to for `ttlMs` (bounded to `maxEntries`), so a hot
 * storefront does not cost a database read per request. A revoked key stops working
 * within `ttlMs`; unknown keys are not remembered, so a new key works at once.
 */
export function cachedResolver(
  resolve: ApiKeyResolver,
  ttlMs = 30_000,
  maxEntries = 10_000,
): ApiKeyResolver {
  const cache = new Map<string, { actor: StorefrontActor; until: number }>();
  return async (apiKey) => {
    const hit = cache.get(apiKey);
    if (hit && hit.until > Date.now()) return hit.actor;
    const actor = await resolve(apiKey);
    cache.delete(apiKey);
    if (actor) {
      if (cache.size >= maxEntries) cache.delete(cache.keys().next().value!);
      cache.set(apiKey, { actor, until: Date.now() + ttlMs });
    }
    return actor;
  };
}
