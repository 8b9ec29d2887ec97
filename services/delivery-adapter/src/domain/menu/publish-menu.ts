import { assertAccess, NotFoundError, requireRole, type Actor } from '@brigade/core';
import type { Marketplace } from '../marketplace';
import type { DeliveryDeps, MenuItem, PublishedItem } from '../ports';

/**
 * The location's menu (the marketplace channel, prices in force, snoozes, the choices of
 * each product) published to the marketplace store, each product and option under its SKU.
 */
export async function publishMenu(
  deps: DeliveryDeps,
  marketplace: Marketplace,
  storeId: string,
): Promise<{ items: number }> {
  const store = await deps.marketplaces.findStore(marketplace, storeId);
  if (!store) return { items: 0 };
  const products = await deps.menus.read(store.tenantId, store.locationId);
  const skuOf = await skusFor(deps, store, products);
  const items: PublishedItem[] = products.map((p) => ({
    sku: skuOf.get(p.id)!,
    name: p.name,
    priceMinor: p.priceMinor,
    available: p.available,
    availableAgainAt: p.availableAgainAt,
    modifierGroups: p.modifierGroups.map((g) => ({
      name: g.name,
      minSelect: g.minSelect,
      maxSelect: g.maxSelect,
      options: g.options.map((o) => ({
        sku: skuOf.get(o.id)!,
        name: o.name,
        priceMinor: o.priceDeltaMinor,
        available: o.available,
      })),
    })),
  }));
  await deps.apis[marketplace].publishMenu(storeId, items);
  // Orders announces no change when a snooze runs out: publish again then.
  for (const at of new Set(products.map((p) => p.availableAgainAt).filter((t) => t !== null)))
    deps.queueMenu(store, Date.parse(at), new Date(at));
  return { items: items.length };
}

/**
 * The SKU of every product and option on the menu: its mapping, or its own id, which is
 * then mapped, so the orders that come back under it are ours to take.
 */
async function skusFor(
  deps: DeliveryDeps,
  store: { tenantId: string; locationId: string },
  products: MenuItem[],
): Promise<Map<string, string>> {
  const skuOf = new Map<string, string>();
  for (const m of await deps.skus.list(store.locationId))
    skuOf.set((m.productId ?? m.modifierOptionId)!, m.sku);
  const missing = [
    ...products.map((p) => ({ id: p.id, option: false })),
    ...products.flatMap((p) =>
      p.modifierGroups.flatMap((g) => g.options.map((o) => ({ id: o.id, option: true }))),
    ),
  ].filter((x) => !skuOf.has(x.id));
  const now = deps.clock.now();
  await deps.transaction(async () => {
    for (const x of missing) {
      await deps.skus.save({
        locationId: store.locationId,
        tenantId: store.tenantId,
        sku: x.id,
        productId: x.option ? null : x.id,
        modifierOptionId: x.option ? x.id : null,
        updatedBy: 'system:menu-publication',
        updatedAt: now,
      });
      skuOf.set(x.id, x.id);
    }
  });
  return skuOf;
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
  deps.queueMenu(store, Date.now());
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
