import { AppError } from '@brigade/core';
import type { MarketplaceOrder, StatusUpdate } from '../marketplace';
import type { DeliveryDeps } from '../ports';
import { needsAttention } from './attention';
import { mapItems } from './map-items';

const LABEL = { 'uber-eats': 'Uber Eats', wolt: 'Wolt', deliveroo: 'Deliveroo' } as const;

/** Orders answered 4xx: the code says whether the mapping is wrong or the items are out. */
export class OrdersRefused extends Error {
  constructor(
    readonly type: string,
    message: string,
  ) {
    super(message);
    this.name = 'OrdersRefused';
  }
}
const MAPPING_PROBLEMS = ['product-not-found', 'modifier-invalid', 'validation-failed'];

/** 409: the order was decided (or cancelled) already; a decision is taken once. */
export const notOpen = (status: string) =>
  new AppError('marketplace-order-not-open', 409, `The order is ${status}`, { retryable: false });

/**
 * A received marketplace order: mapped to our catalog (an unknown SKU parks it in
 * `needs-mapping`, the dead letter, with every SKU to map; the marketplace is told nothing),
 * then accepted at once where the store accepts by itself, or left for staff.
 */
export async function takeOrder(deps: DeliveryDeps, orderId: string): Promise<void> {
  const order = await deps.marketplaces.findOrder(orderId);
  if (!order || order.status !== 'received' || !order.data || !order.locationId) return;
  const { missing } = await mapOrder(deps, order);
  if (missing.length > 0) {
    await settle(deps, orderId, ['received'], (o) => ({
      ...o,
      status: 'needs-mapping',
      missingSkus: missing,
    }));
    return;
  }
  const store = await deps.marketplaces.findStore(order.marketplace, order.storeId);
  if (store?.autoAccept) {
    await acceptOrder(deps, orderId, 'system:auto-accept');
    return;
  }
  await settle(deps, orderId, ['received'], (o) => ({ ...o, status: 'awaiting-acceptance' }));
}

/**
 * The restaurant takes it: placed in orders as the marketplace bridge (idempotent on the
 * marketplace's order id, so a retry never places it twice), then the marketplace is told.
 * Orders refusing a product that is out (or stock) denies it with the reason; refusing the
 * mapping itself parks it in `needs-mapping`.
 */
export async function acceptOrder(
  deps: DeliveryDeps,
  orderId: string,
  decidedBy: string,
): Promise<MarketplaceOrder> {
  const order = await deps.marketplaces.findOrder(orderId);
  if (!order || !['received', 'awaiting-acceptance'].includes(order.status))
    throw notOpen(order?.status ?? 'unknown');
  const { lines, missing } = await mapOrder(deps, order);
  if (missing.length > 0) {
    return settle(deps, orderId, ['received', 'awaiting-acceptance'], (o) => ({
      ...o,
      status: 'needs-mapping',
      missingSkus: missing,
    }));
  }
  let placed: { orderId: string; lineIds: string[] };
  try {
    placed = await deps.orders.place({
      tenantId: order.tenantId!,
      locationId: order.locationId!,
      idempotencyKey: `marketplace:${order.marketplace}:${order.marketplaceOrderId}`,
      customerName: `${LABEL[order.marketplace]} ${order.displayId ?? ''}`.trim().slice(0, 60),
      lines,
    });
  } catch (err) {
    if (!(err instanceof OrdersRefused)) throw err;
    if (MAPPING_PROBLEMS.includes(err.type)) {
      return settle(deps, orderId, ['received', 'awaiting-acceptance'], (o) => ({
        ...o,
        status: 'needs-mapping',
        lastError: err.message,
      }));
    }
    return decide(deps, orderId, 'denied', decidedBy, `items unavailable: ${err.message}`);
  }
  return decide(deps, orderId, 'accepted', decidedBy, null, placed);
}

/** Staff (or the fallback) turn it down: the marketplace is told with the reason. */
export const denyOrder = (deps: DeliveryDeps, orderId: string, decidedBy: string, reason: string) =>
  decide(deps, orderId, 'denied', decidedBy, reason);

async function decide(
  deps: DeliveryDeps,
  orderId: string,
  status: 'accepted' | 'denied',
  decidedBy: string,
  reason: string | null,
  placed: { orderId: string; lineIds: string[] } | null = null,
): Promise<MarketplaceOrder> {
  return settle(
    deps,
    orderId,
    ['received', 'awaiting-acceptance', 'needs-mapping'],
    (o) => ({
      ...o,
      status,
      decidedBy,
      denyReason: reason,
      internalOrderId: placed?.orderId ?? null,
      internalLineIds: placed?.lineIds ?? [],
      lastError: null,
    }),
    status,
  );
}

/**
 * Moves the order under its lock, only from the states given (a second decision, a late
 * job, finds it moved and changes nothing), and records the marketplace's update with it.
 */
async function settle(
  deps: DeliveryDeps,
  orderId: string,
  from: ReadonlyArray<MarketplaceOrder['status']>,
  change: (o: MarketplaceOrder) => MarketplaceOrder,
  tell?: StatusUpdate,
): Promise<MarketplaceOrder> {
  return deps.transaction(async () => {
    const order = await deps.marketplaces.lockOrder(orderId);
    if (!order) throw new AppError('not-found', 404, 'The marketplace order', { retryable: false });
    if (!from.includes(order.status)) return order;
    const now = deps.clock.now();
    const changed = { ...change(order), updatedAt: now };
    await deps.marketplaces.saveOrder(changed);
    if (changed.status === 'needs-mapping') {
      const detail = changed.missingSkus.length
        ? `SKUs to map: ${changed.missingSkus.join(', ')}`
        : `the mapping is refused: ${changed.lastError ?? ''}`;
      await deps.outbox.add([needsAttention(changed, 'needs-mapping', detail, now)]);
    }
    if (tell && (await deps.statusUpdates.addIfNew(orderId, tell, changed.denyReason, now)))
      deps.queueStatus(orderId, tell);
    return changed;
  });
}

async function mapOrder(deps: DeliveryDeps, order: MarketplaceOrder) {
  const items = order.data?.items ?? [];
  const skus = items.flatMap((i) => [i.sku, ...i.modifiers.map((m) => m.sku)]);
  return mapItems(items, await deps.skus.find(order.locationId!, skus));
}
