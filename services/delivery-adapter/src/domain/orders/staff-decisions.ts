import { actorKey, canAccess, NotFoundError, requireRole, type Actor } from '@brigade/core';
import type { MarketplaceOrder, SkuMapping } from '../marketplace';
import type { DeliveryDeps } from '../ports';
import { acceptOrder, denyOrder, notOpen } from './take-order';

/** The marketplace order, if the caller works where it is to be cooked. */
export async function visibleOrder(deps: DeliveryDeps, caller: Actor, orderId: string) {
  const order = await deps.marketplaces.findOrder(orderId);
  if (
    !order ||
    !order.tenantId ||
    !order.locationId ||
    caller.kind !== 'staff' ||
    !canAccess(caller, { tenantId: order.tenantId, locationId: order.locationId })
  ) {
    throw new NotFoundError('The marketplace order');
  }
  return order;
}

export async function staffAccept(deps: DeliveryDeps, caller: Actor, orderId: string) {
  requireRole(caller, 'waiter', 'cashier', 'manager', 'kitchen');
  await visibleOrder(deps, caller, orderId);
  return acceptOrder(deps, orderId, actorKey(caller));
}

export async function staffDeny(
  deps: DeliveryDeps,
  caller: Actor,
  orderId: string,
  reason: string,
) {
  requireRole(caller, 'waiter', 'cashier', 'manager', 'kitchen');
  const order = await visibleOrder(deps, caller, orderId);
  assertOpen(order);
  return denyOrder(deps, orderId, actorKey(caller), reason);
}

/** After the mapping was fixed: the parked order is taken again from the start. */
export async function retryOrder(deps: DeliveryDeps, caller: Actor, orderId: string) {
  requireRole(caller, 'manager', 'operator');
  const order = await visibleOrder(deps, caller, orderId);
  if (order.status !== 'needs-mapping') throw notOpen(order.status);
  return deps.transaction(async () => {
    const locked = (await deps.marketplaces.lockOrder(orderId))!;
    if (locked.status !== 'needs-mapping') return locked;
    const again: MarketplaceOrder = {
      ...locked,
      status: 'received',
      missingSkus: [],
      lastError: null,
      updatedAt: deps.clock.now(),
    };
    await deps.marketplaces.saveOrder(again);
    deps.queueTake(orderId);
    return again;
  });
}

export async function saveSkuMappings(
  deps: DeliveryDeps,
  caller: Actor,
  locationId: string,
  mappings: ReadonlyArray<{ sku: string; productId?: string; modifierOptionId?: string }>,
): Promise<SkuMapping[]> {
  // Operators fix mappings too: the console's fix-and-resend of an order waiting for them.
  requireRole(caller, 'manager', 'operator');
  if (caller.kind !== 'staff' || !canAccess(caller, { tenantId: caller.tenantId, locationId }))
    throw new NotFoundError('The location');
  const now = deps.clock.now();
  await deps.transaction(async () => {
    for (const m of mappings) {
      await deps.skus.save({
        locationId,
        tenantId: caller.tenantId,
        sku: m.sku,
        productId: m.productId ?? null,
        modifierOptionId: m.modifierOptionId ?? null,
        updatedBy: actorKey(caller),
        updatedAt: now,
      });
    }
  });
  return (await deps.skus.list(locationId)).filter((m) => m.tenantId === caller.tenantId);
}

function assertOpen(order: MarketplaceOrder): void {
  if (!['received', 'awaiting-acceptance', 'needs-mapping'].includes(order.status))
    throw notOpen(order.status);
}
