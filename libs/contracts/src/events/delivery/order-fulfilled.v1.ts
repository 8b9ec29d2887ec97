import { z } from 'zod';
import { defineEvent, type EventOf } from '../../define-event';
import { Id } from '../../shared/ids';
import { Money } from '../../shared/money';

/**
 * The kitchen finished a marketplace order and it goes to the courier: the sale is final
 * (a cancellation before this cancels our order; after it, the marketplace settles with its
 * guest). The guest paid the marketplace, which pays the restaurant less its commission:
 * billing bills it as paid by the platform.
 */
export const MarketplaceOrderFulfilledV1 = defineEvent({
  type: 'marketplace.order-fulfilled.v1',
  aggregate: 'marketplace-order',
  description:
    'A marketplace order (our order `orderId`) is ready for its courier and final; billing records it as paid by the marketplace, with its commission.',
  payload: z.object({
    marketplaceOrderId: Id,
    orderId: Id,
    marketplace: z.enum(['uber-eats', 'wolt', 'deliveroo']),
    externalId: z.string(),
    displayId: z.string().nullable(),
    /** What the guest paid the marketplace for the items (its prices may differ from ours). */
    paidByGuest: Money,
    /** The marketplace's commission, in basis points of our order total. */
    commissionBps: z.number().int().min(0).max(10_000),
    fulfilledAt: z.iso.datetime(),
  }),
});
export type MarketplaceOrderFulfilledV1 = EventOf<typeof MarketplaceOrderFulfilledV1>;
