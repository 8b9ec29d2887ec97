import { z } from 'zod';
import { Id } from '../../shared/ids';
import { Money, TaxRateBps } from '../../shared/money';

/** One priced line of an order, as the server priced it (price and tax are snapshots). */
export const OrderLine = z.object({
  lineId: Id,
  productId: Id,
  name: z.string().min(1),
  quantity: z.number().int().min(1),
  unitPrice: Money,
  taxRateBps: TaxRateBps,
  total: Money,
  notes: z.string().nullable(),
});
export type OrderLine = z.infer<typeof OrderLine>;
