import { actorKey, assertAccess, ConflictError, requireRole, type Actor } from '@brigade/core';
import type { Marketplace, MarketplaceStore } from './marketplace';
import type { DeliveryDeps } from './ports';

/** This location is the marketplace's store `storeId`: its orders come here from now on. */
export async function setMarketplaceStore(
  deps: DeliveryDeps,
  caller: Actor,
  locationId: string,
  marketplace: Marketplace,
  input: { storeId: string; autoAccept: boolean; fallback: 'accept' | 'deny' },
): Promise<MarketplaceStore> {
  const { storeId } = input;
  requireRole(caller, 'manager');
  assertAccess(caller, { tenantId: caller.tenantId, locationId }, 'The location');
  return deps.transaction(async () => {
    const taken = await deps.marketplaces.findStore(marketplace, storeId);
    if (taken && taken.locationId !== locationId) {
      throw new ConflictError(
        'marketplace-store-taken',
        `The ${marketplace} store ${storeId} belongs to another location`,
      );
    }
    const store: MarketplaceStore = {
      marketplace,
      storeId,
      tenantId: caller.tenantId,
      locationId,
      autoAccept: input.autoAccept,
      fallback: input.fallback,
      availability: taken?.availability ?? {
        mode: 'online',
        extraPrepMinutes: 0,
        source: 'manual',
        until: null,
        version: 0,
      },
      updatedBy: actorKey(caller),
      updatedAt: deps.clock.now(),
    };
    await deps.marketplaces.saveStore(store);
    return store;
  });
}

export async function listMarketplaceStores(deps: DeliveryDeps, caller: Actor, locationId: string) {
  assertAccess(caller, { tenantId: caller.tenantId, locationId }, 'The location');
  if (caller.kind !== 'staff') return [];
  return (await deps.marketplaces.storesOf(locationId)).filter(
    (s) => s.tenantId === caller.tenantId,
  );
}
