import { z } from 'zod';
import { Channel } from '../../shared/channel';
import { Id } from '../../shared/ids';
import { Money, TaxRateBps } from '../../shared/money';

/** A chosen modifier option with its price adjustment (a snapshot). */
export const OrderLineModifier = z.object({
  optionId: Id,
  name: z.string().min(1),
  priceDelta: Money,
});

/** One priced line of an order, as the server priced it (price and tax are snapshots). */
export const OrderLine = z.object({
  lineId: Id,
  productId: Id,
  name: z.string().min(1),
  quantity: z.number().int().min(1),
  /** One unit with its modifiers, after any time-window price rule. */
  unitPrice: Money,
  taxRateBps: TaxRateBps,
  /** unitPrice × quantity; what is charged unless the line is comped or cancelled. */
  total: Money,
  notes: z.string().nullable(),
  modifiers: z.array(OrderLineModifier),
  seat: z.number().int().min(1).nullable(),
  course: z.number().int().min(1).nullable(),
  /** The channel this line was ordered through (a tab mixes QR, waiter and phone). */
  source: Channel,
  round: z.number().int().min(1),
  /** Free but counted: billing charges nothing for it. */
  comped: z.boolean(),
});
export type OrderLine = z.infer<typeof OrderLine>;
