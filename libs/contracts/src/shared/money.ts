import { z } from 'zod';

/** ISO 4217 currency code, upper case. */
export const Currency = z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code such as EUR');

/** An amount of money in integer minor units (cents) and its currency. Never a float. */
export const Money = z.object({
  amountMinor: z.number().int(),
  currency: Currency,
});
export type Money = z.infer<typeof Money>;

/** A tax rate in basis points: 1900 = 19 %. */
export const TaxRateBps = z.number().int().min(0).max(10_000);
