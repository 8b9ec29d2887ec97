import { z } from 'zod';
import { Channel } from '../../shared/channel';
import { Id } from '../../shared/ids';
import { Money, TaxRateBps } from '../../shared/money';
import { defineRoute } from '../define-route';
import { Allergen } from './allergen';

/** A product as the guest sees it now at this location and channel. */
export const MenuProduct = z
  .object({
    id: Id,
    name: z.string(),
    description: z.string().nullable(),
    /** What one costs now, before modifiers (the price rule in force applied). */
    price: Money,
    /** The location's regular price; differs from `price` while a rule is in force. */
    regularPrice: Money,
    priceRule: z.object({ id: Id, name: z.string() }).nullable(),
    taxRateEatInBps: TaxRateBps,
    taxRateTakeAwayBps: TaxRateBps,
    allergens: z.array(Allergen),
    /** False while snoozed ("86"): shown, not orderable. */
    available: z.boolean(),
    availableAgainAt: z.iso.datetime().nullable(),
    modifierGroups: z.array(
      z.object({
        id: Id,
        name: z.string(),
        minSelect: z.number().int(),
        maxSelect: z.number().int(),
        options: z.array(
          z.object({ id: Id, name: z.string(), priceDelta: Money, available: z.boolean() }),
        ),
      }),
    ),
  })
  .meta({ id: 'MenuProduct' });
export type MenuProduct = z.infer<typeof MenuProduct>;

/** A location's menu for one channel, by category; `menuVersion` moves on with every change. */
export const MenuResponse = z
  .object({
    locationId: Id,
    channel: Channel,
    menuVersion: z.number().int(),
    /** The moment prices and availability were computed for. */
    at: z.iso.datetime(),
    categories: z.array(z.object({ id: Id, name: z.string(), products: z.array(MenuProduct) })),
    /** Products in no category. */
    uncategorized: z.array(MenuProduct),
  })
  .meta({ id: 'Menu' });
export type MenuResponse = z.infer<typeof MenuResponse>;

export const MenuQuery = z.object({
  locationId: Id,
  /** A storefront's own channel by default (and only that one); `pos` for staff. */
  channel: Channel.optional(),
});

export const getMenuRoute = defineRoute({
  method: 'get',
  path: '/v1/menu',
  summary: 'The menu of a location and channel as guests see it now (storefronts and staff)',
  tag: 'menu',
  request: { query: MenuQuery },
  response: { status: 200, description: 'The menu', body: MenuResponse },
  problems: ['location-not-found', 'channel-mismatch'],
});
