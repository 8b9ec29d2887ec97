import {
  listMarketplaceOrdersRoute,
  listMarketplaceStoresRoute,
  putMarketplaceStoreRoute,
  type MarketplaceOrderResponse,
} from '@brigade/contracts';
import { actorOf, mountRoute } from '@brigade/http';
import { requireRole } from '@brigade/core';
import type { Router } from 'express';
import type { MarketplaceOrder, MarketplaceStore } from '../domain/marketplace';
import type { DeliveryDeps } from '../domain/ports';
import { listMarketplaceStores, setMarketplaceStore } from '../domain/stores';

export const marketplaceRoutes = [
  putMarketplaceStoreRoute,
  listMarketplaceStoresRoute,
  listMarketplaceOrdersRoute,
];

export function mountMarketplaceRoutes(router: Router, deps: DeliveryDeps): void {
  mountRoute(router, putMarketplaceStoreRoute, async ({ params, body }, req) =>
    toStoreResponse(
      await setMarketplaceStore(
        deps,
        actorOf(req),
        params.locationId,
        params.marketplace,
        body.storeId,
      ),
    ),
  );
  mountRoute(router, listMarketplaceStoresRoute, async ({ params }, req) => ({
    items: (await listMarketplaceStores(deps, actorOf(req), params.locationId)).map(
      toStoreResponse,
    ),
  }));
  mountRoute(router, listMarketplaceOrdersRoute, async ({ query }, req) => {
    const caller = actorOf(req);
    requireRole(caller, 'waiter', 'cashier', 'kitchen', 'manager', 'operator');
    const orders = await deps.marketplaces.listOrders({ ...query, tenantId: caller.tenantId });
    const visible = orders.filter(
      (o) =>
        caller.kind === 'staff' &&
        (caller.locationIds === 'all' || caller.locationIds.includes(o.locationId ?? '')),
    );
    return { items: visible.map(toOrderResponse) };
  });
}

const toStoreResponse = (s: MarketplaceStore) => ({
  marketplace: s.marketplace,
  storeId: s.storeId,
  locationId: s.locationId,
  updatedBy: s.updatedBy,
  updatedAt: s.updatedAt.toISOString(),
});

const toOrderResponse = (o: MarketplaceOrder): MarketplaceOrderResponse => ({
  id: o.id,
  marketplace: o.marketplace,
  marketplaceOrderId: o.marketplaceOrderId,
  storeId: o.storeId,
  locationId: o.locationId,
  status: o.status,
  displayId: o.displayId,
  customerName: o.data?.customerName ?? null,
  total: o.data ? { amountMinor: o.data.totalMinor, currency: o.data.currency } : null,
  items: o.data?.items ?? [],
  lastError: o.lastError,
  receivedAt: o.receivedAt.toISOString(),
});
