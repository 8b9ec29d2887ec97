import { UnavailableError } from '@brigade/core';
import type { StaffTokens } from '@brigade/http';
import type { MenuPort } from '../domain/ports';

interface MenuProduct {
  id: string;
  name: string;
  price: { amountMinor: number };
  available: boolean;
  availableAgainAt: string | null;
  modifierGroups: Array<{
    name: string;
    minSelect: number;
    maxSelect: number;
    options: Array<{
      id: string;
      name: string;
      priceDelta: { amountMinor: number };
      available: boolean;
    }>;
  }>;
}

/** The location's marketplace menu, read from orders as the marketplace bridge. */
export function menuClient(options: {
  baseUrl: string;
  tokens: StaffTokens;
  timeoutMs: number;
}): MenuPort {
  // Joined with paths: a configured URL may end with a slash.
  const base = options.baseUrl.replace(/\/$/, '');
  return {
    async read(tenantId, locationId) {
      const token = await options.tokens.signStorefront({
        tenantId,
        apiKeyId: 'delivery-adapter',
        locationIds: [locationId],
        channel: 'marketplace',
      });
      let res: Response;
      try {
        res = await fetch(`${base}/v1/menu?locationId=${locationId}`, {
          headers: { authorization: `Bearer ${token}` },
          signal: AbortSignal.timeout(options.timeoutMs),
        });
      } catch (err) {
        throw new UnavailableError(`orders: ${(err as Error).message}`, err);
      }
      if (!res.ok) throw new UnavailableError(`orders: menu HTTP ${res.status}`);
      const menu = (await res.json()) as {
        categories: Array<{ products: MenuProduct[] }>;
        uncategorized: MenuProduct[];
      };
      return [...menu.categories.flatMap((c) => c.products), ...menu.uncategorized].map((p) => ({
        id: p.id,
        name: p.name,
        priceMinor: p.price.amountMinor,
        available: p.available,
        availableAgainAt: p.availableAgainAt,
        modifierGroups: p.modifierGroups.map((g) => ({
          name: g.name,
          minSelect: g.minSelect,
          maxSelect: g.maxSelect,
          options: g.options.map((o) => ({
            id: o.id,
            name: o.name,
            priceDeltaMinor: o.priceDelta.amountMinor,
            available: o.available,
          })),
        })),
      }));
    },
  };
}
