import { z } from 'zod';
import { Id } from '../../shared/ids';
import { defineRoute } from '../define-route';

export const Marketplace = z.enum(['uber-eats', 'wolt', 'deliveroo']);

/** Where a marketplace order stands (see delivery-adapter's README). */
export const MarketplaceOrderStatus = z.enum([
  'fetching',
  'received',
  'store-unknown',
  'needs-mapping',
  'awaiting-acceptance',
  'accepted',
  'denied',
  'cancelled',
]);

export const MarketplaceStoreRequest = z
  .object({
    /** The store's id at the marketplace (Uber's store id, Wolt's venue id, Deliveroo's location id). */
    storeId: z.string().trim().min(1).max(200),
    /** Accept orders by itself (default), or let staff decide before the deadline. */
    autoAccept: z.boolean().default(true),
    /** What happens at the deadline when staff did not decide. */
    fallback: z.enum(['accept', 'deny']).default('accept'),
  })
  .meta({ id: 'MarketplaceStoreRequest' });

export const MarketplaceStoreResponse = z
  .object({
    marketplace: Marketplace,
    storeId: z.string(),
    locationId: Id,
    autoAccept: z.boolean(),
    fallback: z.enum(['accept', 'deny']),
    /** What the marketplace shows: open, busy (extra prep minutes) or paused; by whom; until when. */
    availability: z.object({
      mode: z.enum(['online', 'busy', 'paused']),
      extraPrepMinutes: z.number().int(),
      source: z.enum(['manual', 'auto']),
      until: z.iso.datetime().nullable(),
    }),
    updatedBy: z.string(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'MarketplaceStore' });

export const MarketplaceOrderResponse = z
  .object({
    id: Id,
    marketplace: Marketplace,
    marketplaceOrderId: z.string(),
    storeId: z.string(),
    locationId: Id.nullable(),
    status: MarketplaceOrderStatus,
    /** Our order, once accepted. */
    internalOrderId: Id.nullable(),
    /** SKUs our catalog does not know (status `needs-mapping`): map them, then retry. */
    missingSkus: z.array(z.string()),
    /** When the marketplace cancels it unless accepted. */
    deadlineAt: z.iso.datetime().nullable(),
    decidedBy: z.string().nullable(),
    denyReason: z.string().nullable(),
    /** What the marketplace was told, and whether it heard. */
    statusUpdates: z.array(
      z.object({
        status: z.enum(['accepted', 'denied', 'ready', 'cancelled']),
        state: z.enum(['pending', 'sent', 'failed']),
        attempts: z.number().int(),
        lastError: z.string().nullable(),
      }),
    ),
    displayId: z.string().nullable(),
    customerName: z.string().nullable(),
    total: z.object({ amountMinor: z.number().int(), currency: z.string() }).nullable(),
    items: z.array(
      z.object({
        sku: z.string(),
        name: z.string(),
        quantity: z.number().int(),
        unitPriceMinor: z.number().int(),
        note: z.string().nullable(),
        modifiers: z.array(
          z.object({ sku: z.string(), name: z.string(), priceMinor: z.number().int() }),
        ),
      }),
    ),
    lastError: z.string().nullable(),
    receivedAt: z.iso.datetime(),
  })
  .meta({ id: 'MarketplaceOrder' });
export type MarketplaceOrderResponse = z.infer<typeof MarketplaceOrderResponse>;

const storeParams = z.object({ locationId: Id, marketplace: Marketplace });

export const putMarketplaceStoreRoute = defineRoute({
  method: 'put',
  path: '/v1/locations/:locationId/marketplaces/:marketplace',
  summary:
    'Which marketplace store is this location: its orders come here. Manager of the location or admin; 409 when another location has the store',
  tag: 'marketplaces',
  request: { params: storeParams, body: MarketplaceStoreRequest },
  response: { status: 200, description: 'The store', body: MarketplaceStoreResponse },
  problems: ['marketplace-store-taken'],
});

export const listMarketplaceStoresRoute = defineRoute({
  method: 'get',
  path: '/v1/locations/:locationId/marketplaces',
  summary: "The location's marketplace stores. Staff of the location",
  tag: 'marketplaces',
  request: { params: z.object({ locationId: Id }) },
  response: {
    status: 200,
    description: 'The stores',
    body: z.object({ items: z.array(MarketplaceStoreResponse) }),
  },
  problems: [],
});

export const listMarketplaceOrdersRoute = defineRoute({
  method: 'get',
  path: '/v1/marketplace-orders',
  summary: "Marketplace orders of the caller's tenant, newest first. Staff",
  tag: 'marketplaces',
  request: {
    query: z.object({
      locationId: Id.optional(),
      status: MarketplaceOrderStatus.optional(),
      limit: z.coerce.number().int().min(1).max(200).default(50),
    }),
  },
  response: {
    status: 200,
    description: 'The orders',
    body: z.object({ items: z.array(MarketplaceOrderResponse) }),
  },
  problems: [],
});

const orderParams = z.object({ orderId: Id });

export const acceptMarketplaceOrderRoute = defineRoute({
  method: 'post',
  path: '/v1/marketplace-orders/:orderId/accept',
  summary:
    'Staff accept a marketplace order: it becomes one of ours (kitchen, stock, bill) and the marketplace is told. Staff of the location',
  tag: 'marketplaces',
  request: { params: orderParams },
  response: { status: 200, description: 'The order', body: MarketplaceOrderResponse },
  problems: ['marketplace-order-not-open'],
});

export const denyMarketplaceOrderRoute = defineRoute({
  method: 'post',
  path: '/v1/marketplace-orders/:orderId/deny',
  summary: 'Staff turn a marketplace order down with a reason; the marketplace is told',
  tag: 'marketplaces',
  request: {
    params: orderParams,
    body: z.object({ reason: z.string().trim().min(3).max(200) }).meta({ id: 'DenyRequest' }),
  },
  response: { status: 200, description: 'The order', body: MarketplaceOrderResponse },
  problems: ['marketplace-order-not-open'],
});

export const retryMarketplaceOrderRoute = defineRoute({
  method: 'post',
  path: '/v1/marketplace-orders/:orderId/retry',
  summary:
    'Take an order parked in `needs-mapping` again, once its SKUs are mapped. Manager, operator or admin',
  tag: 'marketplaces',
  request: { params: orderParams },
  response: { status: 200, description: 'The order', body: MarketplaceOrderResponse },
  problems: ['marketplace-order-not-open'],
});

export const SkuMappingItem = z
  .object({
    sku: z.string().trim().min(1).max(200),
    productId: Id.optional(),
    modifierOptionId: Id.optional(),
  })
  .refine((m) => (m.productId === undefined) !== (m.modifierOptionId === undefined), {
    message: 'exactly one of productId and modifierOptionId',
    path: ['productId'],
  });

export const putSkuMappingsRoute = defineRoute({
  method: 'put',
  path: '/v1/locations/:locationId/sku-mappings',
  summary:
    "Marketplace SKUs as the location's products and modifier options (added or replaced, SKU by SKU). Manager of the location, operator or admin",
  tag: 'marketplaces',
  request: {
    params: z.object({ locationId: Id }),
    body: z
      .object({ mappings: z.array(SkuMappingItem).min(1).max(500) })
      .meta({ id: 'SkuMappingsRequest' }),
  },
  response: {
    status: 200,
    description: "The location's mappings",
    body: z.object({
      items: z.array(
        z.object({ sku: z.string(), productId: Id.nullable(), modifierOptionId: Id.nullable() }),
      ),
    }),
  },
  problems: [],
});

export const nearDeadlineRoute = defineRoute({
  method: 'get',
  path: '/v1/marketplace-orders/near-deadline',
  summary:
    'Marketplace orders nobody decided yet whose deadline is within `withinSeconds` (or passed), soonest first: what to accept, deny or map now. Staff of the location',
  tag: 'marketplaces',
  request: {
    query: z.object({
      locationId: Id,
      withinSeconds: z.coerce.number().int().min(0).max(3600).default(300),
    }),
  },
  response: {
    status: 200,
    description: 'The orders',
    body: z.object({ items: z.array(MarketplaceOrderResponse) }),
  },
  problems: [],
});

export const setAvailabilityRoute = defineRoute({
  method: 'put',
  path: '/v1/locations/:locationId/marketplaces/:marketplace/availability',
  summary:
    'Busy mode by hand: pause the store, make it busy (extra prep minutes) or open it, optionally for `forMinutes`; the marketplace is told. Manager or kitchen staff of the location',
  tag: 'marketplaces',
  request: {
    params: storeParams,
    body: z
      .object({
        mode: z.enum(['online', 'busy', 'paused']),
        extraPrepMinutes: z.number().int().min(0).max(120).default(0),
        forMinutes: z
          .number()
          .int()
          .min(1)
          .max(24 * 60)
          .optional(),
      })
      .meta({ id: 'AvailabilityRequest' }),
  },
  response: { status: 200, description: 'The store', body: MarketplaceStoreResponse },
  problems: [],
});

export const BusyRulesRequest = z
  .object({
    /** Units waiting in the kitchen from which the stores turn busy (null: never). */
    busyAtUnits: z.number().int().min(1).nullable(),
    /** …and from which they are paused (null: never). */
    pauseAtUnits: z.number().int().min(1).nullable(),
    /** Below this they are online again. */
    calmBelowUnits: z.number().int().min(0),
    extraPrepMinutes: z.number().int().min(0).max(120),
  })
  .refine((r) => r.busyAtUnits === null || r.calmBelowUnits <= r.busyAtUnits, {
    message: 'at most busyAtUnits',
    path: ['calmBelowUnits'],
  })
  .meta({ id: 'BusyRules' });

export const putBusyRulesRoute = defineRoute({
  method: 'put',
  path: '/v1/locations/:locationId/busy-rules',
  summary:
    "Busy mode from kitchen load: the location's marketplace stores turn busy or pause as units wait in its kitchen, and come back online when it calms down. Manager of the location or admin",
  tag: 'marketplaces',
  request: { params: z.object({ locationId: Id }), body: BusyRulesRequest },
  response: { status: 200, description: 'The rules', body: BusyRulesRequest },
  problems: [],
});

export const publishMenuRoute = defineRoute({
  method: 'post',
  path: '/v1/locations/:locationId/marketplaces/:marketplace/menu',
  summary:
    "Publish the location's menu (marketplace channel: prices in force, snoozed items unavailable) to its store now; every menu change publishes it anyway. Manager of the location or admin",
  tag: 'marketplaces',
  request: { params: storeParams },
  response: {
    status: 202,
    description: 'Queued',
    body: z.object({ queued: z.literal(true) }),
  },
  problems: [],
});

export const priceDriftRoute = defineRoute({
  method: 'get',
  path: '/v1/locations/:locationId/marketplaces/:marketplace/price-drift',
  summary:
    "The marketplace's menu read back: every item whose price there is not ours. Manager, operator or admin",
  tag: 'marketplaces',
  request: { params: storeParams },
  response: {
    status: 200,
    description: 'The items that drifted',
    body: z.object({
      items: z.array(
        z.object({
          sku: z.string(),
          productId: Id,
          name: z.string(),
          ourPriceMinor: z.number().int(),
          marketplacePriceMinor: z.number().int(),
        }),
      ),
    }),
  },
  problems: [],
});
