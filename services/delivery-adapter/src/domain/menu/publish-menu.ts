import { assertAccess, NotFoundError, requireRole, type Actor } from '@brigade/core';
import type { Marketplace } from '../marketplace';
import type { DeliveryDeps, PublishedItem } from '../ports';

/**
 * The location's menu (the marketplace channel, prices in force, snoozes) published to the
 * marketplace store. Each product goes under its SKU; a product without one is published
 * under its own id, which is mapped on the way, so the orders that come back are ours to
 * take. Modifier options are not published yet.
 */
export async function publishMenu(
  deps: DeliveryDeps,
  marketplace: Marketplace,
  storeId: string,
): Promise<{ items: number }> {
  const store = await deps.marketplaces.findStore(marketplace, storeId);
  if (!store) return { items: 0 };
  const products = await deps.menus.read(store.tenantId, store.locationId);
  const mappings = await deps.skus.list(store.locationId);
  const skuOf = new Map(
    mappings.filter((m) => m.productId).map((m) => [m.productId!, m.sku] as const),
  );
  const now = deps.clock.now();
  await deps.transaction(async () => {
    for (const p of products.filter((p) => !skuOf.has(p.id))) {
      await deps.skus.save({
        locationId: store.locationId,
        tenantId: store.tenantId,
        sku: p.id,
        productId: p.id,
        modifierOptionId: null,
        updatedBy: 'system:menu-publication',
        updatedAt: now,
      });
      skuOf.set(p.id, p.id);
    }
  });
  const items: PublishedItem[] = products.map((p) => ({
    sku: skuOf.get(p.id)!,
    name: p.name,
    priceMinor: p.priceMinor,
    available: p.available,
    availableAgainAt: p.availableAgainAt,
  }));
  await deps.apis[marketplace].publishMenu(storeId, items);
  return { items: items.length };
}

/** Publishing asked for by a manager: queued now, published by the job. */
export async function requestMenuPublication(
  deps: DeliveryDeps,
  caller: Actor,
  locationId: string,
  marketplace: Marketplace,
): Promise<void> {
  requireRole(caller, 'manager');
  assertAccess(caller, { tenantId: caller.tenantId, locationId }, 'The location');
  const store = (await deps.marketplaces.storesOf(locationId)).find(
    (s) => s.marketplace === marketplace && s.tenantId === caller.tenantId,
  );
  if (!store) throw new NotFoundError(`The location's ${marketplace} store`);
  deps.queueMenu(marketplace, store.storeId, Date.now());
}

/**
 * What the marketplace shows against our prices: every published item whose price there
 * is not the price in force here (a manual edit at the marketplace, a publication missed).
 */
export async function priceDrift(
  deps: DeliveryDeps,
  caller: Actor,
  locationId: string,
  marketplace: Marketplace,
) {
  requireRole(caller, 'manager', 'operator');
  assertAccess(caller, { tenantId: caller.tenantId, locationId }, 'The location');
  const store = (await deps.marketplaces.storesOf(locationId)).find(
    (s) => s.marketplace === marketplace && s.tenantId === caller.tenantId,
  );
  if (!store) throw new NotFoundError(`The location's ${marketplace} store`);
  const [ours, shown, mappings] = await Promise.all([
    deps.menus.read(store.tenantId, locationId),
    deps.apis[marketplace].readMenu(store.storeId),
    deps.skus.list(locationId),
  ]);
  const productOf = new Map(mappings.filter((m) => m.productId).map((m) => [m.sku, m.productId!]));
  const byId = new Map(ours.map((p) => [p.id, p]));
  return shown.flatMap((item) => {
    const product = byId.get(productOf.get(item.sku) ?? '');
    if (!product || product.priceMinor === item.priceMinor) return [];
    return [
      {
        sku: item.sku,
        productId: product.id,
        name: product.name,
        ourPriceMinor: product.priceMinor,
        marketplacePriceMinor: item.priceMinor,
      },
    ];
  });
}
