import { MarketplaceOrderFulfilledV1, MarketplaceOrderNeedsAttentionV1 } from '@brigade/contracts';
import { traceFromContext } from '@brigade/core';
import type { MarketplaceOrder } from '../marketplace';

type Reason = MarketplaceOrderNeedsAttentionV1['payload']['reason'];

/** The alert for a marketplace order somebody must act on (see the contract). */
export const needsAttention = (o: MarketplaceOrder, reason: Reason, detail: string, at: Date) =>
  MarketplaceOrderNeedsAttentionV1.create(
    {
      // An order of a store nobody has is the platform's to fix: it has no tenant yet.
      tenantId: o.tenantId ?? '00000000-0000-7000-8000-000000000000',
      locationId: o.locationId ?? '00000000-0000-7000-8000-000000000000',
      aggregateId: o.id,
      aggregateVersion: 1,
      occurredAt: at,
      ...traceFromContext(),
    },
    {
      marketplaceOrderId: o.id,
      marketplace: o.marketplace,
      externalId: o.marketplaceOrderId,
      displayId: o.displayId,
      reason,
      detail: detail.slice(0, 500),
      deadlineAt: o.deadlineAt?.toISOString() ?? null,
      at: at.toISOString(),
    },
  );

/** Ready for the courier, final: for billing, paid by the marketplace less its commission. */
export const orderFulfilled = (o: MarketplaceOrder, commissionBps: number, at: Date) =>
  MarketplaceOrderFulfilledV1.create(
    {
      tenantId: o.tenantId!,
      locationId: o.locationId!,
      aggregateId: o.id,
      aggregateVersion: 2,
      occurredAt: at,
      ...traceFromContext(),
    },
    {
      marketplaceOrderId: o.id,
      orderId: o.internalOrderId!,
      marketplace: o.marketplace,
      externalId: o.marketplaceOrderId,
      displayId: o.displayId,
      paidByGuest: {
        amountMinor: o.data?.totalMinor ?? 0,
        currency: o.data?.currency ?? 'EUR',
      },
      commissionBps,
      fulfilledAt: at.toISOString(),
    },
  );
