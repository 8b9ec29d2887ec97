import { z } from 'zod';
import { Id } from '../../shared/ids';

/** The name of a category, product, modifier group, option or price rule. */
export const MenuName = z.string().trim().min(1).max(120);

/** Where it sits in its list: lower first, ties by id. */
export const Position = z.number().int().min(0).max(100_000);

/** A price in minor units of the location's currency. */
export const PriceMinor = z.number().int().min(0).max(10_000_000);

/** Ids that must each appear once. */
export const UniqueIds = (max: number, min = 1) =>
  z
    .array(Id)
    .min(min)
    .max(max)
    .refine((ids) => new Set(ids).size === ids.length, 'each id once');

/** The path parameters of one product at one location. */
export const MenuItemParams = z.object({ locationId: Id, productId: Id });
