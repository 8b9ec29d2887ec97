import {
  acceptMarketplaceOrderRoute,
  denyMarketplaceOrderRoute,
  listMarketplaceOrdersRoute,
  listMarketplaceStoresRoute,
  nearDeadlineRoute,
  putMarketplaceStoreRoute,
  priceDriftRoute,
  publishMenuRoute,
  putBusyRulesRoute,
  putSkuMappingsRoute,
  retryMarketplaceOrderRoute,
  setAvailabilityRoute,
  type MarketplaceOrderResponse,
} from '@brigade/contracts';
import { assertAccess, requireRole } from '@brigade/core';
import { actorOf, mountRoute } from '@brigade/http';
import type { Router } from 'express';
import type { MarketplaceOrder, MarketplaceStore } from '../domain/marketplace';
import {
  retryOrder,
  saveSkuMappings,
  staffAccept,
  staffDeny,
} from '../domain/orders/staff-decisions';
import type { DeliveryDeps, StatusUpdateRow } from '../domain/ports';
import { listMarketplaceStores, setMarketplaceStore } from '../domain/stores';
import { setAvailability, setBusyRules } from '../domain/busy/busy-mode';
import { priceDrift, requestMenuPublication } from '../domain/menu/publish-menu';

export const marketplaceRoutes = [
  nearDeadlineRoute,
  putMarketplaceStoreRoute,
  listMarketplaceStoresRoute,
  listMarketplaceOrdersRoute,
  acceptMarketplaceOrderRoute,
  denyMarketplaceOrderRoute,
  retryMarketplaceOrderRoute,
  putSkuMappingsRoute,
  setAvailabilityRoute,
  putBusyRulesRoute,
  publishMenuRoute,
  priceDriftRoute,
];

export function mountMarketplaceRoutes(router: Router, deps: DeliveryDeps): void {
  /** The orders with what each marketplace heard, read in one query. */
  const respondAll = async (orders: MarketplaceOrder[]) => {
    const updates = await deps.statusUpdates.listFor(orders.map((o) => o.id));
    return orders.map((o) =>
      toOrderResponse(
        o,
        updates.filter((u) => u.orderId === o.id),
      ),
    );
  };
  const respond = async (o: MarketplaceOrder) => (await respondAll([o]))[0]!;
  mountRoute(router, putMarketplaceStoreRoute, async ({ params, body }, req) =>
    toStoreResponse(
      await setMarketplaceStore(deps, actorOf(req), params.locationId, params.marketplace, body),
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
    return { items: await respondAll(visible) };
  });
  mountRoute(router, nearDeadlineRoute, async ({ query }, req) => {
    const caller = actorOf(req);
    requireRole(caller, 'waiter', 'cashier', 'kitchen', 'manager', 'operator');
    assertAccess(
      caller,
      { tenantId: caller.tenantId, locationId: query.locationId },
      'The location',
    );
    const orders = await deps.marketplaces.undecided({
      statuses: ['received', 'awaiting-acceptance', 'needs-mapping'],
      deadlineBefore: new Date(deps.clock.now().getTime() + query.withinSeconds * 1000),
      locationId: query.locationId,
      tenantId: caller.tenantId,
      limit: 200,
    });
    return { items: await respondAll(orders) };
  });
  mountRoute(router, acceptMarketplaceOrderRoute, async ({ params }, req) =>
    respond(await staffAccept(deps, actorOf(req), params.orderId)),
  );
  mountRoute(router, denyMarketplaceOrderRoute, async ({ params, body }, req) =>
    respond(await staffDeny(deps, actorOf(req), params.orderId, body.reason)),
  );
  mountRoute(router, retryMarketplaceOrderRoute, async ({ params }, req) =>
    respond(await retryOrder(deps, actorOf(req), params.orderId)),
  );
  mountRoute(router, setAvailabilityRoute, async ({ params, body }, req) =>
    toStoreResponse(
      await setAvailability(deps, actorOf(req), params.locationId, params.marketplace, body),
    ),
  );
  mountRoute(router, putBusyRulesRoute, async ({ params, body }, req) => {
    const rules = await setBusyRules(deps, actorOf(req), params.locationId, body);
    return {
      busyAtUnits: rules.busyAtUnits,
      pauseAtUnits: rules.pauseAtUnits,
      calmBelowUnits: rules.calmBelowUnits,
      extraPrepMinutes: rules.extraPrepMinutes,
    };
  });
  mountRoute(router, publishMenuRoute, async ({ params }, req) => {
    await requestMenuPublication(deps, actorOf(req), params.locationId, params.marketplace);
    return { queued: true as const };
  });
  mountRoute(router, priceDriftRoute, async ({ params }, req) => ({
    items: await priceDrift(deps, actorOf(req), params.locationId, params.marketplace),
  }));
  mountRoute(router, putSkuMappingsRoute, async ({ params, body }, req) => ({
    items: (await saveSkuMappings(deps, actorOf(req), params.locationId, body.mappings)).map(
      (m) => ({ sku: m.sku, productId: m.productId, modifierOptionId: m.modifierOptionId }),
    ),
  }));
}

const toStoreResponse = (s: MarketplaceStore) => ({
  marketplace: s.marketplace,
  storeId: s.storeId,
  locationId: s.locationId,
  autoAccept: s.autoAccept,
  fallback: s.fallback,
  availability: {
    mode: s.availability.mode,
    extraPrepMinutes: s.availability.extraPrepMinutes,
    source: s.availability.source,
    until: s.availability.until?.toISOString() ?? null,
  },
  updatedBy: s.updatedBy,
  updatedAt: s.updatedAt.toISOString(),
});

const toOrderResponse = (
  o: MarketplaceOrder,
  updates: StatusUpdateRow[],
): MarketplaceOrderResponse => ({
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
  internalOrderId: o.internalOrderId,
  missingSkus: o.missingSkus,
  deadlineAt: o.deadlineAt?.toISOString() ?? null,
  decidedBy: o.decidedBy,
  denyReason: o.denyReason,
  statusUpdates: updates.map((u) => ({
    status: u.status,
    state: u.state,
    attempts: u.attempts,
    lastError: u.lastError,
  })),
});
