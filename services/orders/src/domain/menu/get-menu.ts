import type { Channel, MenuProduct, MenuResponse } from '@brigade/contracts';
import { canAccess, requireRole, ROLES, type Actor } from '@brigade/core';
import { LocationNotFoundError } from '../orders/order.errors';
import type { OrdersDeps } from '../ports';
import { localTime, type LocalTime } from './local-time';
import { MenuChannelMismatchError } from './menu.errors';
import type { CatalogProduct, PriceRule } from './ports';
import { bestPrice } from './price-rule';

/** Whether the product is on this location's menu for this channel at all (a snooze only greys it out). */
const isListed = (p: CatalogProduct, channel: Channel) =>
  p.active && p.availableHere && (p.channels === null || p.channels.includes(channel));

function toMenuProduct(
  p: CatalogProduct,
  rules: readonly PriceRule[],
  clock: { at: Date; local: LocalTime },
  currency: string,
): MenuProduct {
  const money = (amountMinor: number) => ({ amountMinor, currency });
  const best = bestPrice(p, rules, clock.local);
  const snoozed = p.snoozedUntil !== null && p.snoozedUntil > clock.at;
  return {
    id: p.id,
    name: p.name,
    description: p.description,
    price: money(best.priceMinor),
    regularPrice: money(p.priceMinor),
    priceRule: best.rule && { id: best.rule.id, name: best.rule.name },
    taxRateEatInBps: p.taxRateEatInBps,
    taxRateTakeAwayBps: p.taxRateTakeAwayBps,
    allergens: p.allergens,
    available: !snoozed,
    availableAgainAt: snoozed ? p.snoozedUntil!.toISOString() : null,
    modifierGroups: p.modifierGroups.map((g) => ({
      ...g,
      options: g.options.map((o) => ({
        id: o.id,
        name: o.name,
        priceDelta: money(o.priceDeltaMinor),
        available: o.available,
      })),
    })),
  };
}

/**
 * A location's menu for one channel as guests see it now: prices with the rule in force,
 * snoozed products shown as unavailable, products not sold there or on that channel left out.
 * A storefront reads its own locations on its own channel; staff any channel (`pos` unless asked).
 */
export async function getMenu(
  deps: OrdersDeps,
  actor: Actor,
  query: { locationId: string; channel?: Channel },
): Promise<MenuResponse> {
  if (actor.kind === 'staff') requireRole(actor, ...ROLES);
  const channel = query.channel ?? (actor.kind === 'storefront' ? actor.channel : 'pos');
  const menu = await deps.menu.catalog.loadMenu(query.locationId);
  const owner = { tenantId: menu?.location.tenantId ?? '', locationId: query.locationId };
  if (!menu || !canAccess(actor, owner)) throw new LocationNotFoundError();
  if (actor.kind === 'storefront' && channel !== actor.channel) {
    throw new MenuChannelMismatchError(actor.channel);
  }
  const at = deps.clock.now();
  const clock = { at, local: localTime(at, menu.location.timezone) };
  const { products, priceRules } = menu.catalog;
  const listed = [...products.values()].filter((p) => isListed(p, channel));
  const show = (p: CatalogProduct) => toMenuProduct(p, priceRules, clock, menu.location.currency);
  return {
    locationId: query.locationId,
    channel,
    menuVersion: menu.menuVersion,
    at: at.toISOString(),
    categories: menu.categories
      .map((c) => ({
        id: c.id,
        name: c.name,
        products: listed.filter((p) => p.categoryId === c.id).map(show),
      }))
      .filter((c) => c.products.length > 0),
    uncategorized: listed.filter((p) => p.categoryId === null).map(show),
  };
}
