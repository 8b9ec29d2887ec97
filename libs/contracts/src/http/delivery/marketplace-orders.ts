import { z } from 'zod';
import { Id } from '../../shared/ids';
import { defineRoute } from '../define-route';

export const Marketplace = z.enum(['uber-eats', 'wolt', 'deliveroo']);

export const MarketplaceStoreRequest = z
  .object({
    /** The store's id at the marketplace (Uber's store id, Wolt's venue id, Deliveroo's location id). */
    storeId: z.string().trim().min(1).max(200),
  })
  .meta({ id: 'MarketplaceStoreRequest' });

export const MarketplaceStoreResponse = z
  .object({
    marketplace: Marketplace,
    storeId: z.string(),
    locationId: Id,
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
    status: z.enum(['fetching', 'received', 'store-unknown']),
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
