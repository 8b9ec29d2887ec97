import { z } from 'zod';
import { defineEvent, type EventOf } from '../../define-event';
import { Id } from '../../shared/ids';

/** An ingredient's stock at a location fell to or below its alert threshold. */
export const StockLowV1 = defineEvent({
  type: 'stock.low.v1',
  aggregate: 'stock',
  description:
    'An ingredient crossed its low-stock threshold at a location (once per crossing, not on every deduction below it).',
  payload: z.object({
    ingredientId: Id,
    name: z.string().min(1),
    unit: z.string().min(1),
    onHand: z.number(),
    threshold: z.number(),
    /** The order whose fired items took it below, when it was an order. */
    orderId: Id.nullable(),
    at: z.iso.datetime(),
  }),
});
export type StockLowV1 = EventOf<typeof StockLowV1>;
