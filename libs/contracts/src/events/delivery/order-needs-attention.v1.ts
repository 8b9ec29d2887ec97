import { z } from 'zod';
import { defineEvent, type EventOf } from '../../define-event';
import { Id } from '../../shared/ids';

/**
 * A marketplace order somebody must look at before the marketplace cancels it: SKUs to map
 * (a dead letter), a store no location has, staff not deciding as the deadline nears, or a
 * status the marketplace never heard. The alert for the console and the staff apps.
 */
export const MarketplaceOrderNeedsAttentionV1 = defineEvent({
  type: 'marketplace.order-needs-attention.v1',
  aggregate: 'marketplace-order',
  description:
    'A marketplace order needs somebody: its SKUs to map, its store unknown, staff to decide before the deadline, its content that could not be fetched, or a status call that failed for good.',
  payload: z.object({
    marketplaceOrderId: Id,
    marketplace: z.enum(['uber-eats', 'wolt', 'deliveroo']),
    externalId: z.string(),
    displayId: z.string().nullable(),
    reason: z.enum([
      'needs-mapping',
      'store-unknown',
      'deadline-near',
      'status-failed',
      'fetch-failed',
    ]),
    /** What to do about it, in words (the SKUs to map, the status that failed…). */
    detail: z.string(),
    deadlineAt: z.iso.datetime().nullable(),
    at: z.iso.datetime(),
  }),
});
export type MarketplaceOrderNeedsAttentionV1 = EventOf<typeof MarketplaceOrderNeedsAttentionV1>;
